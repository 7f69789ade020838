// Control: storage sees its own headers and the roles (tests/layers/CMakeLists.txt).
#include "auth/roles.h"
#include "storage/database.h"
