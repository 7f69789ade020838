#pragma once
// Any kind of record as a list for the ui (storage::RecordList: a count and
// pages, the search, the filters and the order done in SQL), by the names the
// ui uses. A step on the way to a header that names no storage type.
#include "storage/record_list.h"

namespace kakehashi::services {

using ListFilter = storage::ListFilter;
using ListRow = storage::ListRow;
using RecordList = storage::RecordList;

} // namespace kakehashi::services
