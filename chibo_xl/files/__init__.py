"""files — the machine's side of every job: a file written whole or not at all, the output set
with its manifest (.chibo-xl.json: what chibo-xl made, so an edited document is never lost), the
per-file step cache, and faults (full disk, locked file, signals, consoles) told in one Vietnamese
sentence.

May import: the standard library only (no layer of chibo_xl). The bottom layer: the workbook's
writers and the renderer stand on it.
"""
