; Chains are defined by `:NAME` declarations and `-N NAME`, and referenced by commands and jump/goto targets.
; Each table is its own namespace for chains.
(table) @local.scope

(chain_declaration name: (chain_name) @local.definition)
(chain_command command: (command_name) @_new chain: (chain_name) @local.definition
  (#match? @_new "^(-N|--new-chain|--new)$"))

(rule chain: (chain_name) @local.reference)
(target name: (target_name) @local.reference)
