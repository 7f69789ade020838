// Storage knows no ledger (tests/layers/CMakeLists.txt).
#include "ledger/ledger.h"
