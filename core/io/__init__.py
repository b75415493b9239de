"""Reading files: sniff the type, find header rows, read sheets/csv/dta/sav into raw tables with labels."""
