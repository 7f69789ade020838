// Must not compile where the layers forbid storage (tests/layers/CMakeLists.txt).
#include "storage/database.h"
