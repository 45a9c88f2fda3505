; Definitions and references, for editors that resolve names by query.
(table_body) @local.scope

(chain name: (identifier) @local.definition.function)
(set name: (identifier) @local.definition.var)
(map name: (identifier) @local.definition.var)
(define name: (identifier) @local.definition.constant)

(verdict_statement chain: (identifier) @local.reference)
(set_reference) @local.reference
(variable) @local.reference
