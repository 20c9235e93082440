"""Scenarios of the puzzle solver: named parameters and their result, per province and cycle."""
