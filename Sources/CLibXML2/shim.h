/* libxml2 includes the system ICU's <unicode/ucnv.h> when it was built with ICU. Foundation carries
   its own ICU module whose UErrorCode has other members, and Clang then refuses the two definitions
   (seen on clean builds). Dossier never touches libxml2's ICU converter fields, so leave them out:
   they only sit at the end of xmlCharEncodingHandler, which libxml2 allocates and Dossier never reads. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

/* libxml2 reports some errors (e.g. bytes that do not convert from the declared charset) through
   its generic error function, which prints to standard error whatever the parser options say.
   Dossier parses silently and reports problems itself: this handler drops them. Swift cannot
   define a variadic C function, so it lives here. */
#include <libxml/xmlerror.h>
static inline void dossier_xml_silent_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}
static inline void dossier_xml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, dossier_xml_silent_error);
}
