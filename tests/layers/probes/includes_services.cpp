// Reports are below the services (tests/layers/CMakeLists.txt).
#include "services/records.h"
