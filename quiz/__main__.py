"""`python -m quiz` runs the command line."""

from quiz.cli import main

if __name__ == "__main__":
    main()
