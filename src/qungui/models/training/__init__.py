"""Training code for the shipped models. Training-only dependencies: numpy, scipy, scikit-learn."""
