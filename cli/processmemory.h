// SPDX-License-Identifier: MIT
#pragma once

// The memory figures the benchmarks print: what the process holds now, and how much of it malloc keeps free.

namespace Cli {

struct ProcessMemory {
    double residentMb = 0; // VmRSS now (not the peak)
    double heapInUseMb = 0; // malloc: bytes handed out and not freed (mallinfo2 uordblks + hblkhd, all arenas)
    double heapFreeMb = 0; // malloc: bytes freed but kept by malloc (fordblks), resident or not

    static ProcessMemory now(); // walks malloc's arenas: not for a hot loop
    static double residentMbNow(); // VmRSS alone, cheap (/proc/self/statm)
};

} // namespace Cli
