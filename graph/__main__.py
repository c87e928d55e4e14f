"""``python -m graph`` runs the actorgraph CLI."""
from .cli import main

main()
