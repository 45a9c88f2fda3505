; Blocks and multi-line sets fold.
[
  (table_body)
  (chain_body)
  (set_body)
  (flowtable_body)
  (object_body)
  (set_expression)
] @fold
