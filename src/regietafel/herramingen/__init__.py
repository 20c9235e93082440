"""Versions of the capaciteitsbesluit per province and cycle (*herramingen*)."""
