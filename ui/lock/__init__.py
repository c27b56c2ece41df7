"""The app lock in the window: the lock screen, idle watch, controller and settings card."""
