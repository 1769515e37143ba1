"""The supervisors a measurement runs its programs under: zlauncher, supervisord, and the bare
respawner (the floor of crash → respawn). Each is a session: started with its programs, closed
with nothing of it left running."""
