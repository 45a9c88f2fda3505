/*
 * Line ends for the iptables grammar. Every line of an iptables-restore file ends with a newline, except perhaps
 * the last one; the generated lexer cannot see the end of the file, so this scanner reports it as a zero-width
 * token, only where a line may end.
 */
#include "tree_sitter/parser.h"

enum TokenType { LINE_END, FILE_END };

void *tree_sitter_iptables_external_scanner_create(void) { return NULL; }

void tree_sitter_iptables_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_iptables_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_iptables_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static bool is_blank(int32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool tree_sitter_iptables_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  if (!valid_symbols[LINE_END] && !valid_symbols[FILE_END]) return false;
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (valid_symbols[LINE_END] && lexer->lookahead == '\n') {
    lexer->advance(lexer, false);
    lexer->mark_end(lexer);
    lexer->result_symbol = LINE_END;
    return true;
  }
  if (valid_symbols[FILE_END] && lexer->eof(lexer)) {
    lexer->mark_end(lexer);
    lexer->result_symbol = FILE_END;
    return true;
  }
  return false;
}
