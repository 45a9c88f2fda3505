; A table block (`*filter` … `COMMIT`) folds as a unit.
(table) @fold
