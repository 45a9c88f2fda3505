; Highlights for nftables files. Keywords are literal tokens in the grammar, so each group lists them by name.

(comment) @comment

; Structure: blocks, declarations and commands.
[
  "table" "chain" "set" "map" "flowtable" "elements"
  "define" "redefine" "undefine" "include"
  "type" "typeof" "hook" "priority" "policy" "device" "devices" "flags" "size" "timeout"
  "gc-interval" "interval" "comment" "expires" "handle" "position" "index"
  "helper" "expectation"
] @keyword

(verb) @keyword
(object_kind) @keyword
(family) @type.builtin

; Verdicts end or redirect traversal.
[
  "accept" "drop" "continue" "return" "jump" "goto"
] @keyword.control

; Statements.
[
  "counter" "limit" "quota" "log" "reject" "snat" "dnat" "masquerade" "redirect" "tproxy" "synproxy"
  "queue" "dup" "fwd" "flow" "meter" "last" "reset" "vmap" "update" "add" "delete"
] @function.builtin

; Statement options.
[
  "rate" "burst" "over" "until" "used" "packets" "bytes" "name" "prefix" "level" "group" "snaplen"
  "queue-threshold" "with" "to" "addr" "port" "num" "bypass" "fanout" "mss" "wscale" "timestamp"
  "sack-perm" "offload" "never" "mod" "seed" "offset" "spnum" "count"
] @attribute

; Selectors: the protocol or expression keyword, and the field it reads.
(payload_expression protocol: _ @type)
(payload_expression field: (identifier) @property)
(inner_expression tunnel: _ @type)
[
  "meta" "ct" "rt" "ipsec" "fib" "socket" "osf" "numgen" "jhash" "symhash" "option" "chunk" "original"
  "reply" "exthdr"
] @type
(meta_expression key: (identifier) @property)
(ct_expression key: (identifier) @property)
(rt_expression key: (identifier) @property)
(ipsec_expression key: (identifier) @property)
(socket_expression key: (identifier) @property)
(osf_expression key: (identifier) @property)
(fib_expression result: (identifier) @property)
(tcp_option_expression option: (identifier) @property)
(tcp_option_expression field: (identifier) @property)
(ip_option_expression option: (identifier) @property)
(sctp_chunk_expression chunk: (identifier) @property)
(raw_base) @type

; Names that other places refer to.
(table name: (identifier) @namespace)
(chain name: (identifier) @function)
(verdict_statement chain: (identifier) @function)
(verdict_expression chain: (identifier) @function)
(set name: (identifier) @variable)
(map name: (identifier) @variable)
(define name: (identifier) @constant)
(redefine name: (identifier) @constant)
(undefine name: (identifier) @constant)
(chain_type_declaration type: (identifier) @type)
(chain_type_declaration hook: (identifier) @constant.builtin)
(hook_declaration hook: (identifier) @constant.builtin)
(policy_declaration policy: (identifier) @keyword.control)

(variable) @variable
(set_reference) @variable.special

; Literals.
(string) @string
(number) @number
(negative_number) @number
(time) @number
(classid) @number
(ipv4_address) @number
(ipv6_address) @number
(mac_address) @number
(boolean) @constant.builtin
(wildcard) @constant.builtin
(auto_merge_declaration) @keyword
(notrack_statement) @function.builtin

(operator) @operator
[
  "&" "|" "^" "<<" ">>" "and" "or" "xor" "lshift" "rshift" "-" "+" "/" "=" "!"
] @operator

["{" "}" "(" ")" "[" "]"] @punctuation.bracket
["," ";" ":" "."] @punctuation.delimiter
