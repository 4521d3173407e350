"""``python -m timeline``: the same command line as the installed ``timeline`` command."""

from timeline.cli import main

if __name__ == "__main__":
    main()
