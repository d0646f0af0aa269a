"""Labelled samples: admins teach a group's spam model (spam/ham labels), and the group's retrained model."""
