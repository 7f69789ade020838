// Storage knows no users, only the roles (tests/layers/CMakeLists.txt).
#include "auth/auth.h"
