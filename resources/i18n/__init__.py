"""Translation catalogues: stillpoint_<lang>.ts (edited in Qt Linguist) and the .qm built from it."""
