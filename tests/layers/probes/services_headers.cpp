// Control: the storage-free services headers compile without storage on the
// include path (tests/layers/CMakeLists.txt).
#include "services/audit.h"
#include "services/compliance.h"
