// Control: rules see the domain (tests/layers/CMakeLists.txt).
#include "domain/date.h"
#include "rules/validation.h"
