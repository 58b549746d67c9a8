"""Rendering reports from checked documents."""
