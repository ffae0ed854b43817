"""The command line's entry, kept at this path for the field: the console script `chibo-xl` and
the launchers beside secretaries' workbooks (`python -m chibo_xl.cli build …`) call it. The
commands themselves are chibo_xl.commands.cli."""
from .commands.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
