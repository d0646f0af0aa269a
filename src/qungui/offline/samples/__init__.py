"""Sample logs bundled with qungui, and the script that makes them (make_samples.py)."""
