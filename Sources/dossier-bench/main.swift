print("dossier-bench: not yet")
