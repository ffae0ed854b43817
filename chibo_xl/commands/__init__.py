"""commands — the jobs a user runs, each over the layers below: build, check, init, new-year, import
(importer, conversions, intake), term (termjob), aggregate and its summary; and the Vietnamese
command line (cli, commandline, paramtypes), a thin wrapper over one library function a command.

May import: every layer below (checks, documents, figures, render, rules, workbook, files).
"""
