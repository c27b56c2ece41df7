"""Line icons (stroke uses currentColor, recoloured per theme) and the app icon."""
