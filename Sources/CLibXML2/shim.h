/* libxml2 includes the system ICU's <unicode/ucnv.h> when it was built with ICU. Foundation carries
   its own ICU module whose UErrorCode has other members, and Clang then refuses the two definitions
   (seen on clean builds). Dossier never touches libxml2's ICU converter fields, so leave them out:
   they only sit at the end of xmlCharEncodingHandler, which libxml2 allocates and Dossier never reads. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
