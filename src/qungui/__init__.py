"""qungui (群规): make a Chinese group chat's written rules run."""

__version__ = "0.1.0"
