// SPDX-License-Identifier: MIT
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#include <malloc.h>
#include <unistd.h>

namespace Cli {

double ProcessMemory::residentMbNow()
{
    // "size resident shared text lib data dt", in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

ProcessMemory ProcessMemory::now()
{
    ProcessMemory memory;
    memory.residentMb = residentMbNow();
    const struct mallinfo2 info = mallinfo2();
    memory.heapInUseMb = double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
    memory.heapFreeMb = double(info.fordblks) / (1024.0 * 1024.0);
    return memory;
}

} // namespace Cli
