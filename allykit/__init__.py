"""Ally Toolkit: a bilingual, accessible allyship toolkit for health-care leaders."""
