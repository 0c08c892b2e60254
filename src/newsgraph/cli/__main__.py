"""`python -m newsgraph.cli`: the same command line as the `newsgraph` script."""

from . import main

if __name__ == "__main__":
    main()
