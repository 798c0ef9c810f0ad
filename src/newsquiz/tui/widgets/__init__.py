"""Reusable widgets of the review and home screens."""
