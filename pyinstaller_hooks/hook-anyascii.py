"""anyascii reads its transliteration tables (``anyascii/_data/``) as package resources
at run time, which PyInstaller's import analysis cannot see; name search needs them."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("anyascii")
