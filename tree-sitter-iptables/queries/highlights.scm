; Highlights for iptables-save / iptables-restore files.

(comment) @comment

; *table … COMMIT
(table "*" @punctuation.special)
(table_name) @namespace
(commit) @keyword

; :CHAIN POLICY [packets:bytes]
(chain_declaration ":" @punctuation.special)
(chain_declaration name: (chain_name) @type.definition)
(chain_name) @type
(policy) @constant.builtin

(counters ["[" "]"] @punctuation.bracket)
(counters ":" @punctuation.delimiter)
(number) @number

(command_name) @keyword

(match flag: (flag) @keyword)
(module_name) @module

(target flag: (flag) @keyword)
((target_name) @constant.builtin
  (#match? @constant.builtin "^(ACCEPT|DROP|RETURN|QUEUE)$"))
(target_name) @function

(negation) @operator
(option_name) @property

(string) @string
(escape_sequence) @string.escape
((word) @number
  (#match? @number "^(0x[0-9a-fA-F]+|[0-9]+)([:/-](0x[0-9a-fA-F]+|[0-9]+))?$"))
(word) @variable.parameter
