#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 130
#define LARGE_STATE_COUNT 5
#define SYMBOL_COUNT 83
#define ALIAS_COUNT 3
#define TOKEN_COUNT 60
#define EXTERNAL_TOKEN_COUNT 3
#define FIELD_COUNT 14
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 37

enum ts_symbol_identifiers {
  anon_sym_STAR = 1,
  aux_sym_table_token1 = 2,
  anon_sym_COLON = 3,
  aux_sym_chain_declaration_token1 = 4,
  anon_sym_DASH = 5,
  aux_sym_policy_token1 = 6,
  anon_sym_LBRACK = 7,
  anon_sym_RBRACK = 8,
  anon_sym_DASHA = 9,
  anon_sym_DASH_DASHappend = 10,
  anon_sym_DASHI = 11,
  anon_sym_DASH_DASHinsert = 12,
  anon_sym_DASHD = 13,
  anon_sym_DASH_DASHdelete = 14,
  anon_sym_DASHR = 15,
  anon_sym_DASH_DASHreplace = 16,
  anon_sym_DASHC = 17,
  anon_sym_DASH_DASHcheck = 18,
  anon_sym_DASHN = 19,
  anon_sym_DASH_DASHnew_DASHchain = 20,
  anon_sym_DASH_DASHnew = 21,
  anon_sym_DASHX = 22,
  anon_sym_DASH_DASHdelete_DASHchain = 23,
  anon_sym_DASHF = 24,
  anon_sym_DASH_DASHflush = 25,
  anon_sym_DASHL = 26,
  anon_sym_DASH_DASHlist = 27,
  anon_sym_DASHS = 28,
  anon_sym_DASH_DASHlist_DASHrules = 29,
  anon_sym_DASHZ = 30,
  anon_sym_DASH_DASHzero = 31,
  anon_sym_DASHP = 32,
  anon_sym_DASH_DASHpolicy = 33,
  anon_sym_DASHE = 34,
  anon_sym_DASH_DASHrename_DASHchain = 35,
  anon_sym_DASHm = 36,
  anon_sym_DASH_DASHmatch = 37,
  anon_sym_DASHj = 38,
  anon_sym_DASH_DASHjump = 39,
  anon_sym_DASHg = 40,
  anon_sym_DASH_DASHgoto = 41,
  anon_sym_EQ = 42,
  aux_sym_option_token1 = 43,
  sym_negation = 44,
  sym_option_name = 45,
  anon_sym_DQUOTE = 46,
  aux_sym_string_token1 = 47,
  anon_sym_DQUOTE2 = 48,
  anon_sym_SQUOTE = 49,
  aux_sym_string_token2 = 50,
  anon_sym_SQUOTE2 = 51,
  sym_escape_sequence = 52,
  sym_number = 53,
  sym_comment = 54,
  sym__word = 55,
  sym__line_end = 56,
  sym__file_end = 57,
  sym_commit = 58,
  sym__error_rest = 59,
  sym_source_file = 60,
  sym_table = 61,
  sym__table_line = 62,
  sym_chain_declaration = 63,
  sym_policy = 64,
  sym_counters = 65,
  sym_rule = 66,
  sym_chain_command = 67,
  sym__rule_item = 68,
  sym_match = 69,
  sym_target = 70,
  sym_option = 71,
  sym__argument = 72,
  sym_word = 73,
  sym_string = 74,
  sym_chain_name = 75,
  sym__end_of_line = 76,
  aux_sym_source_file_repeat1 = 77,
  aux_sym_table_repeat1 = 78,
  aux_sym_rule_repeat1 = 79,
  aux_sym_rule_repeat2 = 80,
  aux_sym_option_repeat1 = 81,
  aux_sym_string_repeat1 = 82,
  alias_sym_module_name = 83,
  alias_sym_table_name = 84,
  alias_sym_target_name = 85,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [anon_sym_STAR] = "*",
  [aux_sym_table_token1] = "chain_name",
  [anon_sym_COLON] = ":",
  [aux_sym_chain_declaration_token1] = "word",
  [anon_sym_DASH] = "-",
  [aux_sym_policy_token1] = "policy_token1",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [anon_sym_DASHA] = "command_name",
  [anon_sym_DASH_DASHappend] = "command_name",
  [anon_sym_DASHI] = "command_name",
  [anon_sym_DASH_DASHinsert] = "command_name",
  [anon_sym_DASHD] = "command_name",
  [anon_sym_DASH_DASHdelete] = "command_name",
  [anon_sym_DASHR] = "command_name",
  [anon_sym_DASH_DASHreplace] = "command_name",
  [anon_sym_DASHC] = "command_name",
  [anon_sym_DASH_DASHcheck] = "command_name",
  [anon_sym_DASHN] = "command_name",
  [anon_sym_DASH_DASHnew_DASHchain] = "command_name",
  [anon_sym_DASH_DASHnew] = "command_name",
  [anon_sym_DASHX] = "command_name",
  [anon_sym_DASH_DASHdelete_DASHchain] = "command_name",
  [anon_sym_DASHF] = "command_name",
  [anon_sym_DASH_DASHflush] = "command_name",
  [anon_sym_DASHL] = "command_name",
  [anon_sym_DASH_DASHlist] = "command_name",
  [anon_sym_DASHS] = "command_name",
  [anon_sym_DASH_DASHlist_DASHrules] = "command_name",
  [anon_sym_DASHZ] = "command_name",
  [anon_sym_DASH_DASHzero] = "command_name",
  [anon_sym_DASHP] = "command_name",
  [anon_sym_DASH_DASHpolicy] = "command_name",
  [anon_sym_DASHE] = "command_name",
  [anon_sym_DASH_DASHrename_DASHchain] = "command_name",
  [anon_sym_DASHm] = "flag",
  [anon_sym_DASH_DASHmatch] = "flag",
  [anon_sym_DASHj] = "flag",
  [anon_sym_DASH_DASHjump] = "flag",
  [anon_sym_DASHg] = "flag",
  [anon_sym_DASH_DASHgoto] = "flag",
  [anon_sym_EQ] = "=",
  [aux_sym_option_token1] = "word",
  [sym_negation] = "negation",
  [sym_option_name] = "option_name",
  [anon_sym_DQUOTE] = "\"",
  [aux_sym_string_token1] = "string_content",
  [anon_sym_DQUOTE2] = "\"",
  [anon_sym_SQUOTE] = "'",
  [aux_sym_string_token2] = "string_content",
  [anon_sym_SQUOTE2] = "'",
  [sym_escape_sequence] = "escape_sequence",
  [sym_number] = "number",
  [sym_comment] = "comment",
  [sym__word] = "_word",
  [sym__line_end] = "_line_end",
  [sym__file_end] = "_file_end",
  [sym_commit] = "commit",
  [sym__error_rest] = "_error_rest",
  [sym_source_file] = "source_file",
  [sym_table] = "table",
  [sym__table_line] = "_table_line",
  [sym_chain_declaration] = "chain_declaration",
  [sym_policy] = "policy",
  [sym_counters] = "counters",
  [sym_rule] = "rule",
  [sym_chain_command] = "chain_command",
  [sym__rule_item] = "_rule_item",
  [sym_match] = "match",
  [sym_target] = "target",
  [sym_option] = "option",
  [sym__argument] = "_argument",
  [sym_word] = "word",
  [sym_string] = "string",
  [sym_chain_name] = "chain_name",
  [sym__end_of_line] = "_end_of_line",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_table_repeat1] = "table_repeat1",
  [aux_sym_rule_repeat1] = "rule_repeat1",
  [aux_sym_rule_repeat2] = "rule_repeat2",
  [aux_sym_option_repeat1] = "option_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [alias_sym_module_name] = "module_name",
  [alias_sym_table_name] = "table_name",
  [alias_sym_target_name] = "target_name",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [anon_sym_STAR] = anon_sym_STAR,
  [aux_sym_table_token1] = sym_chain_name,
  [anon_sym_COLON] = anon_sym_COLON,
  [aux_sym_chain_declaration_token1] = sym_word,
  [anon_sym_DASH] = anon_sym_DASH,
  [aux_sym_policy_token1] = aux_sym_policy_token1,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [anon_sym_DASHA] = anon_sym_DASHA,
  [anon_sym_DASH_DASHappend] = anon_sym_DASHA,
  [anon_sym_DASHI] = anon_sym_DASHA,
  [anon_sym_DASH_DASHinsert] = anon_sym_DASHA,
  [anon_sym_DASHD] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete] = anon_sym_DASHA,
  [anon_sym_DASHR] = anon_sym_DASHA,
  [anon_sym_DASH_DASHreplace] = anon_sym_DASHA,
  [anon_sym_DASHC] = anon_sym_DASHA,
  [anon_sym_DASH_DASHcheck] = anon_sym_DASHA,
  [anon_sym_DASHN] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASH_DASHnew] = anon_sym_DASHA,
  [anon_sym_DASHX] = anon_sym_DASHA,
  [anon_sym_DASH_DASHdelete_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHF] = anon_sym_DASHA,
  [anon_sym_DASH_DASHflush] = anon_sym_DASHA,
  [anon_sym_DASHL] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist] = anon_sym_DASHA,
  [anon_sym_DASHS] = anon_sym_DASHA,
  [anon_sym_DASH_DASHlist_DASHrules] = anon_sym_DASHA,
  [anon_sym_DASHZ] = anon_sym_DASHA,
  [anon_sym_DASH_DASHzero] = anon_sym_DASHA,
  [anon_sym_DASHP] = anon_sym_DASHA,
  [anon_sym_DASH_DASHpolicy] = anon_sym_DASHA,
  [anon_sym_DASHE] = anon_sym_DASHA,
  [anon_sym_DASH_DASHrename_DASHchain] = anon_sym_DASHA,
  [anon_sym_DASHm] = anon_sym_DASHm,
  [anon_sym_DASH_DASHmatch] = anon_sym_DASHm,
  [anon_sym_DASHj] = anon_sym_DASHm,
  [anon_sym_DASH_DASHjump] = anon_sym_DASHm,
  [anon_sym_DASHg] = anon_sym_DASHm,
  [anon_sym_DASH_DASHgoto] = anon_sym_DASHm,
  [anon_sym_EQ] = anon_sym_EQ,
  [aux_sym_option_token1] = sym_word,
  [sym_negation] = sym_negation,
  [sym_option_name] = sym_option_name,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [aux_sym_string_token1] = aux_sym_string_token1,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [aux_sym_string_token2] = aux_sym_string_token1,
  [anon_sym_SQUOTE2] = anon_sym_SQUOTE,
  [sym_escape_sequence] = sym_escape_sequence,
  [sym_number] = sym_number,
  [sym_comment] = sym_comment,
  [sym__word] = sym__word,
  [sym__line_end] = sym__line_end,
  [sym__file_end] = sym__file_end,
  [sym_commit] = sym_commit,
  [sym__error_rest] = sym__error_rest,
  [sym_source_file] = sym_source_file,
  [sym_table] = sym_table,
  [sym__table_line] = sym__table_line,
  [sym_chain_declaration] = sym_chain_declaration,
  [sym_policy] = sym_policy,
  [sym_counters] = sym_counters,
  [sym_rule] = sym_rule,
  [sym_chain_command] = sym_chain_command,
  [sym__rule_item] = sym__rule_item,
  [sym_match] = sym_match,
  [sym_target] = sym_target,
  [sym_option] = sym_option,
  [sym__argument] = sym__argument,
  [sym_word] = sym_word,
  [sym_string] = sym_string,
  [sym_chain_name] = sym_chain_name,
  [sym__end_of_line] = sym__end_of_line,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_table_repeat1] = aux_sym_table_repeat1,
  [aux_sym_rule_repeat1] = aux_sym_rule_repeat1,
  [aux_sym_rule_repeat2] = aux_sym_rule_repeat2,
  [aux_sym_option_repeat1] = aux_sym_option_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [alias_sym_module_name] = alias_sym_module_name,
  [alias_sym_table_name] = alias_sym_table_name,
  [alias_sym_target_name] = alias_sym_target_name,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_table_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_chain_declaration_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_policy_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASHA] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHappend] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHI] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHinsert] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHD] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHreplace] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHC] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHcheck] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHN] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHnew] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHX] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHdelete_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHF] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHflush] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHL] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHS] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHlist_DASHrules] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHZ] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHzero] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHP] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHpolicy] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHE] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHrename_DASHchain] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHm] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHmatch] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHj] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHjump] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASHg] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH_DASHgoto] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_option_token1] = {
    .visible = true,
    .named = true,
  },
  [sym_negation] = {
    .visible = true,
    .named = true,
  },
  [sym_option_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_string_token1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_string_token2] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym_escape_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym__word] = {
    .visible = false,
    .named = true,
  },
  [sym__line_end] = {
    .visible = false,
    .named = true,
  },
  [sym__file_end] = {
    .visible = false,
    .named = true,
  },
  [sym_commit] = {
    .visible = true,
    .named = true,
  },
  [sym__error_rest] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_table] = {
    .visible = true,
    .named = true,
  },
  [sym__table_line] = {
    .visible = false,
    .named = true,
  },
  [sym_chain_declaration] = {
    .visible = true,
    .named = true,
  },
  [sym_policy] = {
    .visible = true,
    .named = true,
  },
  [sym_counters] = {
    .visible = true,
    .named = true,
  },
  [sym_rule] = {
    .visible = true,
    .named = true,
  },
  [sym_chain_command] = {
    .visible = true,
    .named = true,
  },
  [sym__rule_item] = {
    .visible = false,
    .named = true,
  },
  [sym_match] = {
    .visible = true,
    .named = true,
  },
  [sym_target] = {
    .visible = true,
    .named = true,
  },
  [sym_option] = {
    .visible = true,
    .named = true,
  },
  [sym__argument] = {
    .visible = false,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_chain_name] = {
    .visible = true,
    .named = true,
  },
  [sym__end_of_line] = {
    .visible = false,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_table_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rule_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rule_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_option_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_module_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_table_name] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_target_name] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_argument = 1,
  field_bytes = 2,
  field_chain = 3,
  field_command = 4,
  field_commit = 5,
  field_counters = 6,
  field_flag = 7,
  field_module = 8,
  field_name = 9,
  field_negation = 10,
  field_new_name = 11,
  field_packets = 12,
  field_policy = 13,
  field_position = 14,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_bytes] = "bytes",
  [field_chain] = "chain",
  [field_command] = "command",
  [field_commit] = "commit",
  [field_counters] = "counters",
  [field_flag] = "flag",
  [field_module] = "module",
  [field_name] = "name",
  [field_negation] = "negation",
  [field_new_name] = "new_name",
  [field_packets] = "packets",
  [field_policy] = "policy",
  [field_position] = "position",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 2},
  [3] = {.index = 3, .length = 1},
  [4] = {.index = 4, .length = 1},
  [5] = {.index = 0, .length = 1},
  [6] = {.index = 5, .length = 2},
  [7] = {.index = 7, .length = 2},
  [8] = {.index = 9, .length = 1},
  [9] = {.index = 10, .length = 2},
  [10] = {.index = 12, .length = 2},
  [11] = {.index = 14, .length = 2},
  [12] = {.index = 16, .length = 2},
  [13] = {.index = 18, .length = 3},
  [14] = {.index = 21, .length = 3},
  [15] = {.index = 24, .length = 3},
  [16] = {.index = 27, .length = 3},
  [17] = {.index = 30, .length = 2},
  [18] = {.index = 32, .length = 3},
  [19] = {.index = 35, .length = 2},
  [20] = {.index = 37, .length = 3},
  [21] = {.index = 40, .length = 2},
  [22] = {.index = 42, .length = 3},
  [23] = {.index = 45, .length = 2},
  [24] = {.index = 47, .length = 2},
  [25] = {.index = 49, .length = 4},
  [26] = {.index = 53, .length = 3},
  [27] = {.index = 56, .length = 4},
  [28] = {.index = 60, .length = 3},
  [29] = {.index = 63, .length = 4},
  [30] = {.index = 67, .length = 3},
  [31] = {.index = 70, .length = 3},
  [32] = {.index = 73, .length = 2},
  [33] = {.index = 75, .length = 3},
  [34] = {.index = 78, .length = 3},
  [35] = {.index = 81, .length = 4},
  [36] = {.index = 85, .length = 4},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_name, 1},
  [1] =
    {field_commit, 3},
    {field_name, 1},
  [3] =
    {field_command, 0},
  [4] =
    {field_name, 0},
  [5] =
    {field_chain, 1},
    {field_command, 0},
  [7] =
    {field_name, 1},
    {field_negation, 0},
  [9] =
    {field_argument, 0},
  [10] =
    {field_argument, 1, .inherited = true},
    {field_name, 0},
  [12] =
    {field_commit, 4},
    {field_name, 1},
  [14] =
    {field_name, 1},
    {field_policy, 2},
  [16] =
    {field_counters, 2},
    {field_name, 1},
  [18] =
    {field_chain, 1},
    {field_command, 0},
    {field_position, 2},
  [21] =
    {field_chain, 1},
    {field_command, 0},
    {field_policy, 2},
  [24] =
    {field_chain, 1},
    {field_command, 0},
    {field_new_name, 2},
  [27] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
  [30] =
    {field_argument, 2},
    {field_name, 0},
  [32] =
    {field_argument, 2, .inherited = true},
    {field_name, 0},
    {field_negation, 1},
  [35] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [37] =
    {field_chain, 2},
    {field_command, 1},
    {field_counters, 0},
  [40] =
    {field_chain, 2},
    {field_command, 1},
  [42] =
    {field_counters, 3},
    {field_name, 1},
    {field_policy, 2},
  [45] =
    {field_flag, 0},
    {field_module, 1},
  [47] =
    {field_flag, 0},
    {field_name, 1},
  [49] =
    {field_chain, 1},
    {field_command, 0},
    {field_counters, 3},
    {field_policy, 2},
  [53] =
    {field_argument, 3},
    {field_name, 1},
    {field_negation, 0},
  [56] =
    {field_argument, 3, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
    {field_negation, 2},
  [60] =
    {field_argument, 2},
    {field_argument, 3, .inherited = true},
    {field_name, 0},
  [63] =
    {field_chain, 2},
    {field_command, 1},
    {field_counters, 0},
    {field_position, 3},
  [67] =
    {field_chain, 3},
    {field_command, 2},
    {field_counters, 0},
  [70] =
    {field_chain, 2},
    {field_command, 1},
    {field_position, 3},
  [73] =
    {field_bytes, 3},
    {field_packets, 1},
  [75] =
    {field_flag, 1},
    {field_module, 2},
    {field_negation, 0},
  [78] =
    {field_flag, 1},
    {field_name, 2},
    {field_negation, 0},
  [81] =
    {field_argument, 3},
    {field_argument, 4, .inherited = true},
    {field_name, 1},
    {field_negation, 0},
  [85] =
    {field_chain, 3},
    {field_command, 2},
    {field_counters, 0},
    {field_position, 4},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [1] = alias_sym_table_name,
  },
  [2] = {
    [1] = alias_sym_table_name,
  },
  [10] = {
    [1] = alias_sym_table_name,
  },
  [23] = {
    [1] = alias_sym_module_name,
  },
  [24] = {
    [1] = alias_sym_target_name,
  },
  [33] = {
    [2] = alias_sym_module_name,
  },
  [34] = {
    [2] = alias_sym_target_name,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 7,
  [18] = 6,
  [19] = 11,
  [20] = 8,
  [21] = 10,
  [22] = 9,
  [23] = 12,
  [24] = 14,
  [25] = 13,
  [26] = 15,
  [27] = 16,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 43,
  [54] = 47,
  [55] = 35,
  [56] = 48,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 63,
  [67] = 64,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 73,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 76,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 58,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 57,
  [106] = 90,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 107,
  [117] = 117,
  [118] = 58,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 119,
  [123] = 114,
  [124] = 124,
  [125] = 125,
  [126] = 115,
  [127] = 112,
  [128] = 125,
  [129] = 110,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(25);
      ADVANCE_MAP(
        '\n', 165,
        '!', 70,
        '"', 157,
        '#', 163,
        '\'', 160,
        '*', 26,
        '-', 30,
        ':', 28,
        '=', 68,
        '[', 32,
        '\\', 21,
        ']', 33,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(162);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '"') ADVANCE(155);
      if (lookahead == '\'') ADVANCE(158);
      if (lookahead == '-') ADVANCE(11);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(1);
      if (lookahead != 0) ADVANCE(164);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '"') ADVANCE(155);
      if (lookahead == '\'') ADVANCE(158);
      if (lookahead == '-') ADVANCE(12);
      if (lookahead == '=') ADVANCE(68);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0) ADVANCE(164);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '"') ADVANCE(155);
      if (lookahead == '\'') ADVANCE(158);
      if (lookahead == '-') ADVANCE(12);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(3);
      if (lookahead != 0) ADVANCE(164);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '-') ADVANCE(12);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(162);
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '[') ADVANCE(32);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(5);
      if (lookahead != 0) ADVANCE(29);
      END_STATE();
    case 6:
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '"') ADVANCE(155);
      if (lookahead == '\'') ADVANCE(158);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == '=') ADVANCE(68);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(164);
      END_STATE();
    case 7:
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '"') ADVANCE(155);
      if (lookahead == '\'') ADVANCE(158);
      if (lookahead == '-') ADVANCE(11);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(7);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(164);
      END_STATE();
    case 8:
      if (lookahead == '"') ADVANCE(157);
      if (lookahead == '\\') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(156);
      END_STATE();
    case 9:
      if (lookahead == '\'') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(159);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '-', 15,
        'A', 34,
        'C', 43,
        'D', 38,
        'E', 60,
        'F', 50,
        'I', 36,
        'L', 52,
        'N', 45,
        'P', 58,
        'R', 41,
        'S', 54,
        'X', 48,
        'Z', 56,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Y') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 11:
      if (lookahead == '-') ADVANCE(16);
      if (lookahead == 'A') ADVANCE(34);
      if (lookahead == 'C') ADVANCE(43);
      if (lookahead == 'D') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(41);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 12:
      if (lookahead == '-') ADVANCE(17);
      if (lookahead == 'g') ADVANCE(66);
      if (lookahead == 'j') ADVANCE(64);
      if (lookahead == 'm') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 13:
      if (lookahead == '-') ADVANCE(14);
      if (lookahead == '\t' ||
          (0x0b <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(13);
      END_STATE();
    case 14:
      if (lookahead == '-') ADVANCE(18);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        'a', 133,
        'c', 106,
        'd', 94,
        'f', 114,
        'i', 122,
        'l', 108,
        'n', 86,
        'p', 130,
        'r', 87,
        'z', 88,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'y')) ADVANCE(154);
      END_STATE();
    case 16:
      if (lookahead == 'a') ADVANCE(133);
      if (lookahead == 'c') ADVANCE(106);
      if (lookahead == 'd') ADVANCE(101);
      if (lookahead == 'i') ADVANCE(122);
      if (lookahead == 'r') ADVANCE(98);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 17:
      if (lookahead == 'g') ADVANCE(131);
      if (lookahead == 'j') ADVANCE(149);
      if (lookahead == 'm') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 18:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 19:
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '=') ADVANCE(69);
      END_STATE();
    case 20:
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(27);
      END_STATE();
    case 21:
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(161);
      END_STATE();
    case 22:
      if (eof) ADVANCE(25);
      ADVANCE_MAP(
        '\n', 165,
        '!', 70,
        '"', 155,
        '#', 163,
        '\'', 158,
        '*', 26,
        '-', 30,
        ':', 28,
        '[', 32,
        ']', 33,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(162);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 23:
      if (eof) ADVANCE(25);
      ADVANCE_MAP(
        '\n', 165,
        '!', 70,
        '#', 163,
        '\'', 160,
        '*', 26,
        '-', 10,
        ':', 28,
        '[', 32,
      );
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(24);
      END_STATE();
    case 24:
      if (eof) ADVANCE(25);
      if (lookahead == '\n') ADVANCE(165);
      if (lookahead == '!') ADVANCE(70);
      if (lookahead == '#') ADVANCE(163);
      if (lookahead == '*') ADVANCE(26);
      if (lookahead == '-') ADVANCE(10);
      if (lookahead == ':') ADVANCE(28);
      if (lookahead == '[') ADVANCE(32);
      if (('\t' <= lookahead && lookahead <= '\r') ||
          lookahead == ' ') SKIP(24);
      END_STATE();
    case 25:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 26:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 27:
      ACCEPT_TOKEN(aux_sym_table_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(27);
      END_STATE();
    case 28:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 29:
      ACCEPT_TOKEN(aux_sym_chain_declaration_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(29);
      END_STATE();
    case 30:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 31:
      ACCEPT_TOKEN(aux_sym_policy_token1);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(31);
      END_STATE();
    case 32:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 33:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 34:
      ACCEPT_TOKEN(anon_sym_DASHA);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 35:
      ACCEPT_TOKEN(anon_sym_DASH_DASHappend);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 36:
      ACCEPT_TOKEN(anon_sym_DASHI);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 37:
      ACCEPT_TOKEN(anon_sym_DASH_DASHinsert);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 38:
      ACCEPT_TOKEN(anon_sym_DASHD);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 39:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 40:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 41:
      ACCEPT_TOKEN(anon_sym_DASHR);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 42:
      ACCEPT_TOKEN(anon_sym_DASH_DASHreplace);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 43:
      ACCEPT_TOKEN(anon_sym_DASHC);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 44:
      ACCEPT_TOKEN(anon_sym_DASH_DASHcheck);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 45:
      ACCEPT_TOKEN(anon_sym_DASHN);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 46:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 47:
      ACCEPT_TOKEN(anon_sym_DASH_DASHnew);
      if (lookahead == '-') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 48:
      ACCEPT_TOKEN(anon_sym_DASHX);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 49:
      ACCEPT_TOKEN(anon_sym_DASH_DASHdelete_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 50:
      ACCEPT_TOKEN(anon_sym_DASHF);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 51:
      ACCEPT_TOKEN(anon_sym_DASH_DASHflush);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 52:
      ACCEPT_TOKEN(anon_sym_DASHL);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 53:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist);
      if (lookahead == '-') ADVANCE(137);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 54:
      ACCEPT_TOKEN(anon_sym_DASHS);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 55:
      ACCEPT_TOKEN(anon_sym_DASH_DASHlist_DASHrules);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 56:
      ACCEPT_TOKEN(anon_sym_DASHZ);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 57:
      ACCEPT_TOKEN(anon_sym_DASH_DASHzero);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 58:
      ACCEPT_TOKEN(anon_sym_DASHP);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 59:
      ACCEPT_TOKEN(anon_sym_DASH_DASHpolicy);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 60:
      ACCEPT_TOKEN(anon_sym_DASHE);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 61:
      ACCEPT_TOKEN(anon_sym_DASH_DASHrename_DASHchain);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 62:
      ACCEPT_TOKEN(anon_sym_DASHm);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 63:
      ACCEPT_TOKEN(anon_sym_DASH_DASHmatch);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 64:
      ACCEPT_TOKEN(anon_sym_DASHj);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 65:
      ACCEPT_TOKEN(anon_sym_DASH_DASHjump);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 66:
      ACCEPT_TOKEN(anon_sym_DASHg);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 67:
      ACCEPT_TOKEN(anon_sym_DASH_DASHgoto);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 68:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 69:
      ACCEPT_TOKEN(aux_sym_option_token1);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(69);
      END_STATE();
    case 70:
      ACCEPT_TOKEN(sym_negation);
      END_STATE();
    case 71:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-') ADVANCE(84);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 72:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(121);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 73:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(109);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 74:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(111);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 75:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(82);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 76:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(112);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 77:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'a') ADVANCE(148);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 78:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(113);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 79:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(153);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 80:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(104);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(103);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 82:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(92);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 83:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(105);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 84:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'c') ADVANCE(107);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 85:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'd') ADVANCE(35);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 86:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(152);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 87:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(123);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 88:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(136);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(78);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(39);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(71);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 92:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(42);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 93:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(40);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 94:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(117);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 95:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(124);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 96:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(138);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(146);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(134);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(140);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(147);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'e') ADVANCE(119);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(51);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(63);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(73);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(74);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(89);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'h') ADVANCE(76);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(139);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(125);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(79);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(126);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'i') ADVANCE(127);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'k') ADVANCE(44);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(150);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(110);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(75);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(97);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(99);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'l') ADVANCE(100);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(132);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'm') ADVANCE(91);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(142);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(72);
      if (lookahead == 'p') ADVANCE(116);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(85);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(46);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(49);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'n') ADVANCE(61);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(57);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(67);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(115);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'o') ADVANCE(145);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(65);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(135);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(116);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'p') ADVANCE(95);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(128);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(151);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'r') ADVANCE(144);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(143);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(55);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(102);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 's') ADVANCE(96);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(53);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(37);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(129);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(90);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(93);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 't') ADVANCE(81);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(120);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(141);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'u') ADVANCE(118);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'w') ADVANCE(47);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == 'y') ADVANCE(59);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_option_name);
      if (lookahead == '-' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(154);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '"' &&
          lookahead != '\\') ADVANCE(156);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(aux_sym_string_token2);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\'') ADVANCE(159);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_SQUOTE2);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(162);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(163);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym__word);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ') ADVANCE(164);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym__line_end);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 0},
  [2] = {.lex_state = 23, .external_lex_state = 2},
  [3] = {.lex_state = 23, .external_lex_state = 2},
  [4] = {.lex_state = 23, .external_lex_state = 2},
  [5] = {.lex_state = 23, .external_lex_state = 2},
  [6] = {.lex_state = 6},
  [7] = {.lex_state = 6},
  [8] = {.lex_state = 1},
  [9] = {.lex_state = 1},
  [10] = {.lex_state = 1},
  [11] = {.lex_state = 1},
  [12] = {.lex_state = 1},
  [13] = {.lex_state = 1},
  [14] = {.lex_state = 1},
  [15] = {.lex_state = 1},
  [16] = {.lex_state = 1},
  [17] = {.lex_state = 2, .external_lex_state = 3},
  [18] = {.lex_state = 2, .external_lex_state = 3},
  [19] = {.lex_state = 3, .external_lex_state = 3},
  [20] = {.lex_state = 3, .external_lex_state = 3},
  [21] = {.lex_state = 3, .external_lex_state = 3},
  [22] = {.lex_state = 3, .external_lex_state = 3},
  [23] = {.lex_state = 3, .external_lex_state = 3},
  [24] = {.lex_state = 3, .external_lex_state = 3},
  [25] = {.lex_state = 3, .external_lex_state = 3},
  [26] = {.lex_state = 3, .external_lex_state = 3},
  [27] = {.lex_state = 3, .external_lex_state = 3},
  [28] = {.lex_state = 4, .external_lex_state = 3},
  [29] = {.lex_state = 4, .external_lex_state = 3},
  [30] = {.lex_state = 4, .external_lex_state = 3},
  [31] = {.lex_state = 4, .external_lex_state = 3},
  [32] = {.lex_state = 2, .external_lex_state = 3},
  [33] = {.lex_state = 2, .external_lex_state = 3},
  [34] = {.lex_state = 2, .external_lex_state = 3},
  [35] = {.lex_state = 1},
  [36] = {.lex_state = 2, .external_lex_state = 3},
  [37] = {.lex_state = 2, .external_lex_state = 3},
  [38] = {.lex_state = 2, .external_lex_state = 3},
  [39] = {.lex_state = 2, .external_lex_state = 3},
  [40] = {.lex_state = 2, .external_lex_state = 3},
  [41] = {.lex_state = 2, .external_lex_state = 3},
  [42] = {.lex_state = 2, .external_lex_state = 3},
  [43] = {.lex_state = 1},
  [44] = {.lex_state = 2, .external_lex_state = 3},
  [45] = {.lex_state = 2, .external_lex_state = 3},
  [46] = {.lex_state = 2, .external_lex_state = 3},
  [47] = {.lex_state = 1},
  [48] = {.lex_state = 1},
  [49] = {.lex_state = 6},
  [50] = {.lex_state = 6},
  [51] = {.lex_state = 6},
  [52] = {.lex_state = 6},
  [53] = {.lex_state = 3, .external_lex_state = 3},
  [54] = {.lex_state = 3, .external_lex_state = 3},
  [55] = {.lex_state = 3, .external_lex_state = 3},
  [56] = {.lex_state = 3, .external_lex_state = 3},
  [57] = {.lex_state = 6},
  [58] = {.lex_state = 4, .external_lex_state = 3},
  [59] = {.lex_state = 2, .external_lex_state = 3},
  [60] = {.lex_state = 2, .external_lex_state = 3},
  [61] = {.lex_state = 2, .external_lex_state = 3},
  [62] = {.lex_state = 2, .external_lex_state = 3},
  [63] = {.lex_state = 1},
  [64] = {.lex_state = 1},
  [65] = {.lex_state = 0, .external_lex_state = 3},
  [66] = {.lex_state = 1},
  [67] = {.lex_state = 1},
  [68] = {.lex_state = 2},
  [69] = {.lex_state = 0},
  [70] = {.lex_state = 0},
  [71] = {.lex_state = 5, .external_lex_state = 3},
  [72] = {.lex_state = 0},
  [73] = {.lex_state = 8},
  [74] = {.lex_state = 0},
  [75] = {.lex_state = 8},
  [76] = {.lex_state = 8},
  [77] = {.lex_state = 1, .external_lex_state = 3},
  [78] = {.lex_state = 8},
  [79] = {.lex_state = 0},
  [80] = {.lex_state = 1, .external_lex_state = 3},
  [81] = {.lex_state = 5, .external_lex_state = 3},
  [82] = {.lex_state = 0, .external_lex_state = 3},
  [83] = {.lex_state = 8},
  [84] = {.lex_state = 0, .external_lex_state = 3},
  [85] = {.lex_state = 0, .external_lex_state = 3},
  [86] = {.lex_state = 0, .external_lex_state = 3},
  [87] = {.lex_state = 0},
  [88] = {.lex_state = 0, .external_lex_state = 3},
  [89] = {.lex_state = 0},
  [90] = {.lex_state = 9},
  [91] = {.lex_state = 1},
  [92] = {.lex_state = 1},
  [93] = {.lex_state = 1},
  [94] = {.lex_state = 1},
  [95] = {.lex_state = 1},
  [96] = {.lex_state = 0, .external_lex_state = 3},
  [97] = {.lex_state = 1},
  [98] = {.lex_state = 0, .external_lex_state = 3},
  [99] = {.lex_state = 0, .external_lex_state = 3},
  [100] = {.lex_state = 1},
  [101] = {.lex_state = 1},
  [102] = {.lex_state = 0, .external_lex_state = 3},
  [103] = {.lex_state = 0, .external_lex_state = 3},
  [104] = {.lex_state = 0, .external_lex_state = 3},
  [105] = {.lex_state = 0, .external_lex_state = 3},
  [106] = {.lex_state = 9},
  [107] = {.lex_state = 23},
  [108] = {.lex_state = 20},
  [109] = {.lex_state = 0},
  [110] = {.lex_state = 0},
  [111] = {.lex_state = 20},
  [112] = {.lex_state = 0},
  [113] = {.lex_state = 1},
  [114] = {.lex_state = 19},
  [115] = {.lex_state = 0},
  [116] = {.lex_state = 23},
  [117] = {.lex_state = 13},
  [118] = {.lex_state = 1},
  [119] = {.lex_state = 19},
  [120] = {.lex_state = 1},
  [121] = {.lex_state = 1},
  [122] = {.lex_state = 19},
  [123] = {.lex_state = 19},
  [124] = {.lex_state = 1},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 0},
  [127] = {.lex_state = 0},
  [128] = {.lex_state = 0},
  [129] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [aux_sym_policy_token1] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [sym_negation] = ACTIONS(1),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_SQUOTE2] = ACTIONS(1),
    [sym_escape_sequence] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym__line_end] = ACTIONS(1),
    [sym__file_end] = ACTIONS(1),
    [sym_commit] = ACTIONS(1),
    [sym__error_rest] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(109),
    [sym_table] = STATE(69),
    [aux_sym_source_file_repeat1] = STATE(69),
    [ts_builtin_sym_end] = ACTIONS(3),
    [anon_sym_STAR] = ACTIONS(5),
    [sym_comment] = ACTIONS(7),
    [sym__line_end] = ACTIONS(9),
  },
  [2] = {
    [sym__table_line] = STATE(84),
    [sym_chain_declaration] = STATE(84),
    [sym_counters] = STATE(51),
    [sym_rule] = STATE(84),
    [sym_chain_command] = STATE(84),
    [sym_option] = STATE(50),
    [aux_sym_table_repeat1] = STATE(3),
    [aux_sym_rule_repeat1] = STATE(50),
    [ts_builtin_sym_end] = ACTIONS(11),
    [anon_sym_STAR] = ACTIONS(11),
    [anon_sym_COLON] = ACTIONS(13),
    [anon_sym_LBRACK] = ACTIONS(15),
    [anon_sym_DASHA] = ACTIONS(17),
    [anon_sym_DASH_DASHappend] = ACTIONS(17),
    [anon_sym_DASHI] = ACTIONS(17),
    [anon_sym_DASH_DASHinsert] = ACTIONS(17),
    [anon_sym_DASHD] = ACTIONS(17),
    [anon_sym_DASH_DASHdelete] = ACTIONS(17),
    [anon_sym_DASHR] = ACTIONS(17),
    [anon_sym_DASH_DASHreplace] = ACTIONS(17),
    [anon_sym_DASHC] = ACTIONS(17),
    [anon_sym_DASH_DASHcheck] = ACTIONS(17),
    [anon_sym_DASHN] = ACTIONS(19),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(19),
    [anon_sym_DASH_DASHnew] = ACTIONS(19),
    [anon_sym_DASHX] = ACTIONS(21),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(21),
    [anon_sym_DASHF] = ACTIONS(21),
    [anon_sym_DASH_DASHflush] = ACTIONS(21),
    [anon_sym_DASHL] = ACTIONS(21),
    [anon_sym_DASH_DASHlist] = ACTIONS(21),
    [anon_sym_DASHS] = ACTIONS(21),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(21),
    [anon_sym_DASHZ] = ACTIONS(23),
    [anon_sym_DASH_DASHzero] = ACTIONS(23),
    [anon_sym_DASHP] = ACTIONS(25),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(25),
    [anon_sym_DASHE] = ACTIONS(27),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(27),
    [sym_negation] = ACTIONS(29),
    [sym_option_name] = ACTIONS(31),
    [sym_comment] = ACTIONS(33),
    [sym__line_end] = ACTIONS(35),
    [sym_commit] = ACTIONS(37),
  },
  [3] = {
    [sym__table_line] = STATE(84),
    [sym_chain_declaration] = STATE(84),
    [sym_counters] = STATE(51),
    [sym_rule] = STATE(84),
    [sym_chain_command] = STATE(84),
    [sym_option] = STATE(50),
    [aux_sym_table_repeat1] = STATE(4),
    [aux_sym_rule_repeat1] = STATE(50),
    [ts_builtin_sym_end] = ACTIONS(39),
    [anon_sym_STAR] = ACTIONS(39),
    [anon_sym_COLON] = ACTIONS(13),
    [anon_sym_LBRACK] = ACTIONS(15),
    [anon_sym_DASHA] = ACTIONS(17),
    [anon_sym_DASH_DASHappend] = ACTIONS(17),
    [anon_sym_DASHI] = ACTIONS(17),
    [anon_sym_DASH_DASHinsert] = ACTIONS(17),
    [anon_sym_DASHD] = ACTIONS(17),
    [anon_sym_DASH_DASHdelete] = ACTIONS(17),
    [anon_sym_DASHR] = ACTIONS(17),
    [anon_sym_DASH_DASHreplace] = ACTIONS(17),
    [anon_sym_DASHC] = ACTIONS(17),
    [anon_sym_DASH_DASHcheck] = ACTIONS(17),
    [anon_sym_DASHN] = ACTIONS(19),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(19),
    [anon_sym_DASH_DASHnew] = ACTIONS(19),
    [anon_sym_DASHX] = ACTIONS(21),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(21),
    [anon_sym_DASHF] = ACTIONS(21),
    [anon_sym_DASH_DASHflush] = ACTIONS(21),
    [anon_sym_DASHL] = ACTIONS(21),
    [anon_sym_DASH_DASHlist] = ACTIONS(21),
    [anon_sym_DASHS] = ACTIONS(21),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(21),
    [anon_sym_DASHZ] = ACTIONS(23),
    [anon_sym_DASH_DASHzero] = ACTIONS(23),
    [anon_sym_DASHP] = ACTIONS(25),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(25),
    [anon_sym_DASHE] = ACTIONS(27),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(27),
    [sym_negation] = ACTIONS(29),
    [sym_option_name] = ACTIONS(31),
    [sym_comment] = ACTIONS(33),
    [sym__line_end] = ACTIONS(41),
    [sym_commit] = ACTIONS(43),
  },
  [4] = {
    [sym__table_line] = STATE(84),
    [sym_chain_declaration] = STATE(84),
    [sym_counters] = STATE(51),
    [sym_rule] = STATE(84),
    [sym_chain_command] = STATE(84),
    [sym_option] = STATE(50),
    [aux_sym_table_repeat1] = STATE(4),
    [aux_sym_rule_repeat1] = STATE(50),
    [ts_builtin_sym_end] = ACTIONS(45),
    [anon_sym_STAR] = ACTIONS(45),
    [anon_sym_COLON] = ACTIONS(47),
    [anon_sym_LBRACK] = ACTIONS(50),
    [anon_sym_DASHA] = ACTIONS(53),
    [anon_sym_DASH_DASHappend] = ACTIONS(53),
    [anon_sym_DASHI] = ACTIONS(53),
    [anon_sym_DASH_DASHinsert] = ACTIONS(53),
    [anon_sym_DASHD] = ACTIONS(53),
    [anon_sym_DASH_DASHdelete] = ACTIONS(53),
    [anon_sym_DASHR] = ACTIONS(53),
    [anon_sym_DASH_DASHreplace] = ACTIONS(53),
    [anon_sym_DASHC] = ACTIONS(53),
    [anon_sym_DASH_DASHcheck] = ACTIONS(53),
    [anon_sym_DASHN] = ACTIONS(56),
    [anon_sym_DASH_DASHnew_DASHchain] = ACTIONS(56),
    [anon_sym_DASH_DASHnew] = ACTIONS(56),
    [anon_sym_DASHX] = ACTIONS(59),
    [anon_sym_DASH_DASHdelete_DASHchain] = ACTIONS(59),
    [anon_sym_DASHF] = ACTIONS(59),
    [anon_sym_DASH_DASHflush] = ACTIONS(59),
    [anon_sym_DASHL] = ACTIONS(59),
    [anon_sym_DASH_DASHlist] = ACTIONS(59),
    [anon_sym_DASHS] = ACTIONS(59),
    [anon_sym_DASH_DASHlist_DASHrules] = ACTIONS(59),
    [anon_sym_DASHZ] = ACTIONS(62),
    [anon_sym_DASH_DASHzero] = ACTIONS(62),
    [anon_sym_DASHP] = ACTIONS(65),
    [anon_sym_DASH_DASHpolicy] = ACTIONS(65),
    [anon_sym_DASHE] = ACTIONS(68),
    [anon_sym_DASH_DASHrename_DASHchain] = ACTIONS(68),
    [sym_negation] = ACTIONS(71),
    [sym_option_name] = ACTIONS(74),
    [sym_comment] = ACTIONS(77),
    [sym__line_end] = ACTIONS(80),
    [sym_commit] = ACTIONS(45),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 2,
    ACTIONS(45), 8,
      sym_commit,
      ts_builtin_sym_end,
      anon_sym_STAR,
      anon_sym_COLON,
      anon_sym_LBRACK,
      sym_negation,
      sym_comment,
      sym__line_end,
    ACTIONS(83), 28,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      anon_sym_DASHN,
      anon_sym_DASH_DASHnew_DASHchain,
      anon_sym_DASH_DASHnew,
      anon_sym_DASHX,
      anon_sym_DASH_DASHdelete_DASHchain,
      anon_sym_DASHF,
      anon_sym_DASH_DASHflush,
      anon_sym_DASHL,
      anon_sym_DASH_DASHlist,
      anon_sym_DASHS,
      anon_sym_DASH_DASHlist_DASHrules,
      anon_sym_DASHZ,
      anon_sym_DASH_DASHzero,
      anon_sym_DASHP,
      anon_sym_DASH_DASHpolicy,
      anon_sym_DASHE,
      anon_sym_DASH_DASHrename_DASHchain,
      sym_option_name,
  [41] = 8,
    ACTIONS(87), 1,
      anon_sym_EQ,
    ACTIONS(89), 1,
      sym_negation,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(96), 1,
      sym__word,
    STATE(10), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(85), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [78] = 8,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(96), 1,
      sym__word,
    ACTIONS(100), 1,
      anon_sym_EQ,
    ACTIONS(102), 1,
      sym_negation,
    STATE(8), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(98), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [115] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(107), 1,
      sym_negation,
    ACTIONS(109), 1,
      sym__word,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(105), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [149] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(113), 1,
      sym_negation,
    STATE(15), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(111), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [183] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(117), 1,
      sym_negation,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(115), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [217] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(121), 1,
      sym_negation,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(119), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [251] = 7,
    ACTIONS(125), 1,
      sym_negation,
    ACTIONS(127), 1,
      anon_sym_DQUOTE,
    ACTIONS(130), 1,
      anon_sym_SQUOTE,
    ACTIONS(133), 1,
      sym__word,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(123), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [285] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(138), 1,
      sym_negation,
    STATE(16), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(136), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [319] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(142), 1,
      sym_negation,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(140), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [353] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(146), 1,
      sym_negation,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(144), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [387] = 7,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    ACTIONS(150), 1,
      sym_negation,
    STATE(12), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(148), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [421] = 9,
    ACTIONS(152), 1,
      anon_sym_EQ,
    ACTIONS(154), 1,
      sym_negation,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(161), 1,
      sym__word,
    STATE(20), 1,
      aux_sym_option_repeat1,
    ACTIONS(163), 2,
      sym__file_end,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(98), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [458] = 9,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(161), 1,
      sym__word,
    ACTIONS(165), 1,
      anon_sym_EQ,
    ACTIONS(167), 1,
      sym_negation,
    STATE(21), 1,
      aux_sym_option_repeat1,
    ACTIONS(170), 2,
      sym__file_end,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(85), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [495] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(121), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(119), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [527] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(107), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(105), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [559] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(117), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(115), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [591] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(26), 1,
      aux_sym_option_repeat1,
    ACTIONS(113), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(111), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [623] = 7,
    ACTIONS(174), 1,
      anon_sym_DQUOTE,
    ACTIONS(177), 1,
      anon_sym_SQUOTE,
    ACTIONS(180), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(125), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(123), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [655] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(142), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(140), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [687] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(27), 1,
      aux_sym_option_repeat1,
    ACTIONS(138), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(136), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [719] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(146), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(144), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [751] = 7,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(23), 1,
      aux_sym_option_repeat1,
    ACTIONS(150), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
    ACTIONS(148), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [783] = 7,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(191), 1,
      sym_number,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(193), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(44), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [814] = 7,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(195), 1,
      sym_number,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(197), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(34), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [845] = 7,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(199), 1,
      sym_number,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(201), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(37), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [876] = 7,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(203), 1,
      sym_number,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(205), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(38), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [907] = 6,
    ACTIONS(213), 1,
      sym_negation,
    ACTIONS(216), 1,
      sym_option_name,
    ACTIONS(207), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(219), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(210), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [935] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(221), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(40), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [963] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(223), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [991] = 2,
    ACTIONS(227), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(225), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1011] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(229), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(39), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1039] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(231), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1067] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(233), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1095] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(235), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1123] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(237), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1151] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(239), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(42), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1179] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(241), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1207] = 2,
    ACTIONS(245), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(243), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1227] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(247), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1255] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(249), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(46), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1283] = 6,
    ACTIONS(187), 1,
      sym_negation,
    ACTIONS(189), 1,
      sym_option_name,
    ACTIONS(183), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(251), 2,
      sym__file_end,
      sym__line_end,
    ACTIONS(185), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
    STATE(32), 5,
      sym__rule_item,
      sym_match,
      sym_target,
      sym_option,
      aux_sym_rule_repeat2,
  [1311] = 2,
    ACTIONS(255), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(253), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1331] = 2,
    ACTIONS(259), 4,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
    ACTIONS(257), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1351] = 4,
    ACTIONS(263), 1,
      sym_negation,
    ACTIONS(266), 1,
      sym_option_name,
    STATE(49), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(261), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1374] = 4,
    ACTIONS(29), 1,
      sym_negation,
    ACTIONS(31), 1,
      sym_option_name,
    STATE(49), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(269), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1397] = 4,
    ACTIONS(29), 1,
      sym_negation,
    ACTIONS(31), 1,
      sym_option_name,
    STATE(52), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(271), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1420] = 4,
    ACTIONS(29), 1,
      sym_negation,
    ACTIONS(31), 1,
      sym_option_name,
    STATE(49), 2,
      sym_option,
      aux_sym_rule_repeat1,
    ACTIONS(273), 10,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
  [1443] = 2,
    ACTIONS(245), 6,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
      sym__line_end,
    ACTIONS(243), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1461] = 2,
    ACTIONS(255), 6,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
      sym__line_end,
    ACTIONS(253), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1479] = 2,
    ACTIONS(227), 6,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
      sym__line_end,
    ACTIONS(225), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1497] = 2,
    ACTIONS(259), 6,
      sym__file_end,
      sym_negation,
      anon_sym_DQUOTE,
      anon_sym_SQUOTE,
      sym__word,
      sym__line_end,
    ACTIONS(257), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1515] = 2,
    ACTIONS(277), 1,
      sym_negation,
    ACTIONS(275), 11,
      anon_sym_DASHA,
      anon_sym_DASH_DASHappend,
      anon_sym_DASHI,
      anon_sym_DASH_DASHinsert,
      anon_sym_DASHD,
      anon_sym_DASH_DASHdelete,
      anon_sym_DASHR,
      anon_sym_DASH_DASHreplace,
      anon_sym_DASHC,
      anon_sym_DASH_DASHcheck,
      sym_option_name,
  [1532] = 2,
    ACTIONS(281), 4,
      sym__file_end,
      sym_negation,
      sym_number,
      sym__line_end,
    ACTIONS(279), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1548] = 2,
    ACTIONS(285), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    ACTIONS(283), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1563] = 2,
    ACTIONS(289), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    ACTIONS(287), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1578] = 2,
    ACTIONS(293), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    ACTIONS(291), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1593] = 2,
    ACTIONS(297), 3,
      sym__file_end,
      sym_negation,
      sym__line_end,
    ACTIONS(295), 7,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
      sym_option_name,
  [1608] = 5,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(19), 1,
      aux_sym_option_repeat1,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1626] = 5,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    STATE(14), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1644] = 5,
    ACTIONS(301), 1,
      anon_sym_LBRACK,
    STATE(71), 1,
      sym_policy,
    STATE(98), 1,
      sym_counters,
    ACTIONS(299), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
    ACTIONS(303), 2,
      sym__file_end,
      sym__line_end,
  [1662] = 5,
    ACTIONS(92), 1,
      anon_sym_DQUOTE,
    ACTIONS(94), 1,
      anon_sym_SQUOTE,
    ACTIONS(109), 1,
      sym__word,
    STATE(11), 1,
      aux_sym_option_repeat1,
    STATE(35), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1680] = 5,
    ACTIONS(157), 1,
      anon_sym_DQUOTE,
    ACTIONS(159), 1,
      anon_sym_SQUOTE,
    ACTIONS(172), 1,
      sym__word,
    STATE(24), 1,
      aux_sym_option_repeat1,
    STATE(55), 3,
      sym__argument,
      sym_word,
      sym_string,
  [1698] = 3,
    ACTIONS(309), 1,
      sym_option_name,
    ACTIONS(305), 2,
      anon_sym_DASHm,
      anon_sym_DASH_DASHmatch,
    ACTIONS(307), 4,
      anon_sym_DASHj,
      anon_sym_DASH_DASHjump,
      anon_sym_DASHg,
      anon_sym_DASH_DASHgoto,
  [1712] = 5,
    ACTIONS(5), 1,
      anon_sym_STAR,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(311), 1,
      ts_builtin_sym_end,
    ACTIONS(313), 1,
      sym__line_end,
    STATE(70), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1729] = 5,
    ACTIONS(315), 1,
      ts_builtin_sym_end,
    ACTIONS(317), 1,
      anon_sym_STAR,
    ACTIONS(320), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym__line_end,
    STATE(70), 2,
      sym_table,
      aux_sym_source_file_repeat1,
  [1746] = 4,
    ACTIONS(301), 1,
      anon_sym_LBRACK,
    ACTIONS(326), 1,
      aux_sym_chain_declaration_token1,
    STATE(99), 1,
      sym_counters,
    ACTIONS(328), 2,
      sym__file_end,
      sym__line_end,
  [1760] = 1,
    ACTIONS(330), 4,
      ts_builtin_sym_end,
      anon_sym_STAR,
      sym_comment,
      sym__line_end,
  [1767] = 3,
    ACTIONS(334), 1,
      anon_sym_DQUOTE2,
    STATE(78), 1,
      aux_sym_string_repeat1,
    ACTIONS(332), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1778] = 1,
    ACTIONS(315), 4,
      ts_builtin_sym_end,
      anon_sym_STAR,
      sym_comment,
      sym__line_end,
  [1785] = 3,
    ACTIONS(336), 1,
      anon_sym_DQUOTE2,
    STATE(78), 1,
      aux_sym_string_repeat1,
    ACTIONS(332), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1796] = 3,
    ACTIONS(340), 1,
      anon_sym_DQUOTE2,
    STATE(75), 1,
      aux_sym_string_repeat1,
    ACTIONS(338), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1807] = 3,
    ACTIONS(342), 1,
      sym__word,
    STATE(86), 1,
      sym_chain_name,
    ACTIONS(344), 2,
      sym__file_end,
      sym__line_end,
  [1818] = 3,
    ACTIONS(349), 1,
      anon_sym_DQUOTE2,
    STATE(78), 1,
      aux_sym_string_repeat1,
    ACTIONS(346), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1829] = 1,
    ACTIONS(351), 4,
      ts_builtin_sym_end,
      anon_sym_STAR,
      sym_comment,
      sym__line_end,
  [1836] = 3,
    ACTIONS(342), 1,
      sym__word,
    STATE(96), 1,
      sym_chain_name,
    ACTIONS(344), 2,
      sym__file_end,
      sym__line_end,
  [1847] = 1,
    ACTIONS(353), 4,
      sym__file_end,
      aux_sym_chain_declaration_token1,
      anon_sym_LBRACK,
      sym__line_end,
  [1854] = 3,
    ACTIONS(301), 1,
      anon_sym_LBRACK,
    STATE(103), 1,
      sym_counters,
    ACTIONS(355), 2,
      sym__file_end,
      sym__line_end,
  [1865] = 3,
    ACTIONS(359), 1,
      anon_sym_DQUOTE2,
    STATE(73), 1,
      aux_sym_string_repeat1,
    ACTIONS(357), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [1876] = 2,
    STATE(5), 1,
      sym__end_of_line,
    ACTIONS(361), 2,
      sym__file_end,
      sym__line_end,
  [1884] = 2,
    STATE(2), 1,
      sym__end_of_line,
    ACTIONS(363), 2,
      sym__file_end,
      sym__line_end,
  [1892] = 2,
    ACTIONS(365), 1,
      sym_number,
    ACTIONS(367), 2,
      sym__file_end,
      sym__line_end,
  [1900] = 2,
    STATE(82), 1,
      sym_policy,
    ACTIONS(299), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1908] = 2,
    STATE(74), 1,
      sym__end_of_line,
    ACTIONS(369), 2,
      sym__file_end,
      sym__line_end,
  [1916] = 1,
    ACTIONS(281), 2,
      anon_sym_DASH,
      aux_sym_policy_token1,
  [1921] = 2,
    ACTIONS(359), 1,
      anon_sym_SQUOTE2,
    ACTIONS(371), 1,
      aux_sym_string_token2,
  [1928] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(28), 1,
      sym_chain_name,
  [1935] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(29), 1,
      sym_chain_name,
  [1942] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(96), 1,
      sym_chain_name,
  [1949] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(104), 1,
      sym_chain_name,
  [1956] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(30), 1,
      sym_chain_name,
  [1963] = 1,
    ACTIONS(367), 2,
      sym__file_end,
      sym__line_end,
  [1968] = 2,
    ACTIONS(342), 1,
      sym__word,
    STATE(31), 1,
      sym_chain_name,
  [1975] = 1,
    ACTIONS(373), 2,
      sym__file_end,
      sym__line_end,
  [1980] = 1,
    ACTIONS(375), 2,
      sym__file_end,
      sym__line_end,
  [1985] = 2,
    ACTIONS(377), 1,
      sym__word,
    STATE(87), 1,
      sym_chain_name,
  [1992] = 2,
    ACTIONS(379), 1,
      sym__word,
    STATE(94), 1,
      sym_chain_name,
  [1999] = 1,
    ACTIONS(381), 2,
      sym__file_end,
      sym__line_end,
  [2004] = 1,
    ACTIONS(383), 2,
      sym__file_end,
      sym__line_end,
  [2009] = 1,
    ACTIONS(385), 2,
      sym__file_end,
      sym__line_end,
  [2014] = 1,
    ACTIONS(277), 2,
      sym__file_end,
      sym__line_end,
  [2019] = 2,
    ACTIONS(340), 1,
      anon_sym_SQUOTE2,
    ACTIONS(387), 1,
      aux_sym_string_token2,
  [2026] = 1,
    ACTIONS(334), 1,
      anon_sym_SQUOTE2,
  [2030] = 1,
    ACTIONS(389), 1,
      aux_sym_table_token1,
  [2034] = 1,
    ACTIONS(391), 1,
      ts_builtin_sym_end,
  [2038] = 1,
    ACTIONS(393), 1,
      sym_number,
  [2042] = 1,
    ACTIONS(395), 1,
      aux_sym_table_token1,
  [2046] = 1,
    ACTIONS(397), 1,
      sym_number,
  [2050] = 1,
    ACTIONS(399), 1,
      sym__word,
  [2054] = 1,
    ACTIONS(401), 1,
      aux_sym_option_token1,
  [2058] = 1,
    ACTIONS(403), 1,
      anon_sym_RBRACK,
  [2062] = 1,
    ACTIONS(336), 1,
      anon_sym_SQUOTE2,
  [2066] = 1,
    ACTIONS(405), 1,
      sym_option_name,
  [2070] = 1,
    ACTIONS(281), 1,
      sym__word,
  [2074] = 1,
    ACTIONS(407), 1,
      aux_sym_option_token1,
  [2078] = 1,
    ACTIONS(409), 1,
      sym__word,
  [2082] = 1,
    ACTIONS(411), 1,
      sym__word,
  [2086] = 1,
    ACTIONS(413), 1,
      aux_sym_option_token1,
  [2090] = 1,
    ACTIONS(415), 1,
      aux_sym_option_token1,
  [2094] = 1,
    ACTIONS(417), 1,
      sym__word,
  [2098] = 1,
    ACTIONS(419), 1,
      anon_sym_COLON,
  [2102] = 1,
    ACTIONS(421), 1,
      anon_sym_RBRACK,
  [2106] = 1,
    ACTIONS(423), 1,
      sym_number,
  [2110] = 1,
    ACTIONS(425), 1,
      anon_sym_COLON,
  [2114] = 1,
    ACTIONS(427), 1,
      sym_number,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(5)] = 0,
  [SMALL_STATE(6)] = 41,
  [SMALL_STATE(7)] = 78,
  [SMALL_STATE(8)] = 115,
  [SMALL_STATE(9)] = 149,
  [SMALL_STATE(10)] = 183,
  [SMALL_STATE(11)] = 217,
  [SMALL_STATE(12)] = 251,
  [SMALL_STATE(13)] = 285,
  [SMALL_STATE(14)] = 319,
  [SMALL_STATE(15)] = 353,
  [SMALL_STATE(16)] = 387,
  [SMALL_STATE(17)] = 421,
  [SMALL_STATE(18)] = 458,
  [SMALL_STATE(19)] = 495,
  [SMALL_STATE(20)] = 527,
  [SMALL_STATE(21)] = 559,
  [SMALL_STATE(22)] = 591,
  [SMALL_STATE(23)] = 623,
  [SMALL_STATE(24)] = 655,
  [SMALL_STATE(25)] = 687,
  [SMALL_STATE(26)] = 719,
  [SMALL_STATE(27)] = 751,
  [SMALL_STATE(28)] = 783,
  [SMALL_STATE(29)] = 814,
  [SMALL_STATE(30)] = 845,
  [SMALL_STATE(31)] = 876,
  [SMALL_STATE(32)] = 907,
  [SMALL_STATE(33)] = 935,
  [SMALL_STATE(34)] = 963,
  [SMALL_STATE(35)] = 991,
  [SMALL_STATE(36)] = 1011,
  [SMALL_STATE(37)] = 1039,
  [SMALL_STATE(38)] = 1067,
  [SMALL_STATE(39)] = 1095,
  [SMALL_STATE(40)] = 1123,
  [SMALL_STATE(41)] = 1151,
  [SMALL_STATE(42)] = 1179,
  [SMALL_STATE(43)] = 1207,
  [SMALL_STATE(44)] = 1227,
  [SMALL_STATE(45)] = 1255,
  [SMALL_STATE(46)] = 1283,
  [SMALL_STATE(47)] = 1311,
  [SMALL_STATE(48)] = 1331,
  [SMALL_STATE(49)] = 1351,
  [SMALL_STATE(50)] = 1374,
  [SMALL_STATE(51)] = 1397,
  [SMALL_STATE(52)] = 1420,
  [SMALL_STATE(53)] = 1443,
  [SMALL_STATE(54)] = 1461,
  [SMALL_STATE(55)] = 1479,
  [SMALL_STATE(56)] = 1497,
  [SMALL_STATE(57)] = 1515,
  [SMALL_STATE(58)] = 1532,
  [SMALL_STATE(59)] = 1548,
  [SMALL_STATE(60)] = 1563,
  [SMALL_STATE(61)] = 1578,
  [SMALL_STATE(62)] = 1593,
  [SMALL_STATE(63)] = 1608,
  [SMALL_STATE(64)] = 1626,
  [SMALL_STATE(65)] = 1644,
  [SMALL_STATE(66)] = 1662,
  [SMALL_STATE(67)] = 1680,
  [SMALL_STATE(68)] = 1698,
  [SMALL_STATE(69)] = 1712,
  [SMALL_STATE(70)] = 1729,
  [SMALL_STATE(71)] = 1746,
  [SMALL_STATE(72)] = 1760,
  [SMALL_STATE(73)] = 1767,
  [SMALL_STATE(74)] = 1778,
  [SMALL_STATE(75)] = 1785,
  [SMALL_STATE(76)] = 1796,
  [SMALL_STATE(77)] = 1807,
  [SMALL_STATE(78)] = 1818,
  [SMALL_STATE(79)] = 1829,
  [SMALL_STATE(80)] = 1836,
  [SMALL_STATE(81)] = 1847,
  [SMALL_STATE(82)] = 1854,
  [SMALL_STATE(83)] = 1865,
  [SMALL_STATE(84)] = 1876,
  [SMALL_STATE(85)] = 1884,
  [SMALL_STATE(86)] = 1892,
  [SMALL_STATE(87)] = 1900,
  [SMALL_STATE(88)] = 1908,
  [SMALL_STATE(89)] = 1916,
  [SMALL_STATE(90)] = 1921,
  [SMALL_STATE(91)] = 1928,
  [SMALL_STATE(92)] = 1935,
  [SMALL_STATE(93)] = 1942,
  [SMALL_STATE(94)] = 1949,
  [SMALL_STATE(95)] = 1956,
  [SMALL_STATE(96)] = 1963,
  [SMALL_STATE(97)] = 1968,
  [SMALL_STATE(98)] = 1975,
  [SMALL_STATE(99)] = 1980,
  [SMALL_STATE(100)] = 1985,
  [SMALL_STATE(101)] = 1992,
  [SMALL_STATE(102)] = 1999,
  [SMALL_STATE(103)] = 2004,
  [SMALL_STATE(104)] = 2009,
  [SMALL_STATE(105)] = 2014,
  [SMALL_STATE(106)] = 2019,
  [SMALL_STATE(107)] = 2026,
  [SMALL_STATE(108)] = 2030,
  [SMALL_STATE(109)] = 2034,
  [SMALL_STATE(110)] = 2038,
  [SMALL_STATE(111)] = 2042,
  [SMALL_STATE(112)] = 2046,
  [SMALL_STATE(113)] = 2050,
  [SMALL_STATE(114)] = 2054,
  [SMALL_STATE(115)] = 2058,
  [SMALL_STATE(116)] = 2062,
  [SMALL_STATE(117)] = 2066,
  [SMALL_STATE(118)] = 2070,
  [SMALL_STATE(119)] = 2074,
  [SMALL_STATE(120)] = 2078,
  [SMALL_STATE(121)] = 2082,
  [SMALL_STATE(122)] = 2086,
  [SMALL_STATE(123)] = 2090,
  [SMALL_STATE(124)] = 2094,
  [SMALL_STATE(125)] = 2098,
  [SMALL_STATE(126)] = 2102,
  [SMALL_STATE(127)] = 2106,
  [SMALL_STATE(128)] = 2110,
  [SMALL_STATE(129)] = 2114,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [11] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 3, 0, 1),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(7),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [39] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 1),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [45] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [47] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(108),
  [50] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(110),
  [53] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(91),
  [56] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(93),
  [59] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(80),
  [62] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(77),
  [65] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(100),
  [68] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(101),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(117),
  [74] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [77] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(84),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0), SHIFT_REPEAT(4),
  [83] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_table_repeat1, 2, 0, 0),
  [85] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 7),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [89] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(64),
  [92] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [94] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [96] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [98] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 1, 0, 4),
  [100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [102] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(66),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 2, 0, 9),
  [107] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 9),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [111] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 17),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 17),
  [115] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 16),
  [117] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 16),
  [119] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 3, 0, 18),
  [121] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 3, 0, 18),
  [123] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19),
  [125] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19),
  [127] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(76),
  [130] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(106),
  [133] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(47),
  [136] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 26),
  [138] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 26),
  [140] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 27),
  [142] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 27),
  [144] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 4, 0, 28),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 4, 0, 28),
  [148] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_option, 5, 0, 35),
  [150] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 5, 0, 35),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [154] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 1, 0, 4), SHIFT(63),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [163] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 1, 0, 4),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [167] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym_option, 2, 0, 7), SHIFT(67),
  [170] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_option, 2, 0, 7),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [174] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(83),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(90),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 2, 0, 19), SHIFT_REPEAT(54),
  [183] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [189] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [193] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 2, 0, 6),
  [195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 20),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [201] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 21),
  [203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [205] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 30),
  [207] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(113),
  [210] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(121),
  [213] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(68),
  [216] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0), SHIFT_REPEAT(17),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_rule_repeat2, 2, 0, 0),
  [221] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 29),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 20),
  [225] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_option_repeat1, 1, 0, 8),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 31),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 21),
  [233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 30),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 31),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 29),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 5, 0, 36),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 6, 0, 36),
  [243] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [245] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [247] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 6),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 3, 0, 13),
  [251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule, 4, 0, 13),
  [253] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, 0, 0),
  [255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, 0, 0),
  [257] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [259] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [261] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0),
  [263] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(117),
  [266] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_rule_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [269] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [271] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [273] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_counters, 5, 0, 32),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_counters, 5, 0, 32),
  [279] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_chain_name, 1, 0, 0),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_name, 1, 0, 0),
  [283] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 3, 0, 34),
  [285] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 3, 0, 34),
  [287] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match, 3, 0, 33),
  [289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match, 3, 0, 33),
  [291] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 2, 0, 24),
  [293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 2, 0, 24),
  [295] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_match, 2, 0, 23),
  [297] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_match, 2, 0, 23),
  [299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 2, 0, 5),
  [305] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [307] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [311] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [317] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(111),
  [320] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [323] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(70),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 11),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 5, 0, 10),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 1, 0, 3),
  [346] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(78),
  [349] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_table, 4, 0, 2),
  [353] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_policy, 1, 0, 0),
  [355] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 14),
  [357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [367] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 2, 0, 6),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [373] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 3, 0, 12),
  [375] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_declaration, 4, 0, 22),
  [377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 13),
  [383] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 4, 0, 25),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_chain_command, 3, 0, 15),
  [387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [391] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__file_end = 0,
  ts_external_token_commit = 1,
  ts_external_token__error_rest = 2,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__file_end] = sym__file_end,
  [ts_external_token_commit] = sym_commit,
  [ts_external_token__error_rest] = sym__error_rest,
};

static const bool ts_external_scanner_states[4][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__file_end] = true,
    [ts_external_token_commit] = true,
    [ts_external_token__error_rest] = true,
  },
  [2] = {
    [ts_external_token_commit] = true,
  },
  [3] = {
    [ts_external_token__file_end] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_iptables_external_scanner_create(void);
void tree_sitter_iptables_external_scanner_destroy(void *);
bool tree_sitter_iptables_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_iptables_external_scanner_serialize(void *, char *);
void tree_sitter_iptables_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_iptables(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_iptables_external_scanner_create,
      tree_sitter_iptables_external_scanner_destroy,
      tree_sitter_iptables_external_scanner_scan,
      tree_sitter_iptables_external_scanner_serialize,
      tree_sitter_iptables_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
