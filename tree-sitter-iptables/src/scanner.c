/*
 * Line ends and COMMIT for the iptables grammar. Every line of an iptables-restore file ends with a newline, except
 * perhaps the last one; the generated lexer cannot see the end of the file, so this scanner reports it as a
 * zero-width token, only where a line may end. COMMIT is accepted only when nothing but blanks follows it on its
 * line, which needs the same look past the token.
 */
#include "tree_sitter/parser.h"

enum TokenType { FILE_END, COMMIT, ERROR_REST };

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

/* Matches COMMIT followed by blanks and a line end or the end of the file; the token covers COMMIT only. */
static bool scan_commit(TSLexer *lexer) {
  static const char keyword[] = "COMMIT";
  for (const char *c = keyword; *c != '\0'; c++) {
    if (lexer->lookahead != *c) return false;
    lexer->advance(lexer, false);
  }
  lexer->mark_end(lexer);
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
  if (lexer->lookahead != '\n' && !lexer->eof(lexer)) return false;
  lexer->result_symbol = COMMIT;
  return true;
}

/*
 * Only reached during error recovery: the rest of the line up to (not including) its newline, as one token. At a
 * line end or the end of the file it declines, so the newline is lexed normally and recovery can resume there.
 */
static bool scan_error_rest(TSLexer *lexer) {
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (lexer->lookahead == '\n' || lexer->eof(lexer)) return false;
  while (lexer->lookahead != '\n' && !lexer->eof(lexer)) lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  lexer->result_symbol = ERROR_REST;
  return true;
}

bool tree_sitter_iptables_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  if (valid_symbols[ERROR_REST]) return scan_error_rest(lexer);
  if (!valid_symbols[FILE_END] && !valid_symbols[COMMIT]) return false;
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (valid_symbols[FILE_END] && lexer->eof(lexer)) {
    lexer->mark_end(lexer);
    lexer->result_symbol = FILE_END;
    return true;
  }
  if (valid_symbols[COMMIT] && lexer->lookahead == 'C') return scan_commit(lexer);
  return false;
}
