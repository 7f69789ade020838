// Control: the storage-free services headers compile without storage on the
// include path (tests/layers/CMakeLists.txt).
#include "services/attendance.h"
#include "services/audit.h"
#include "services/calendar_and_rates.h"
#include "services/compliance.h"
#include "services/database_file.h"
#include "services/matching.h"
#include "services/output.h"
#include "services/record_names.h"
#include "services/visa.h"
