// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// What the worker measured since the last clear, for benchmarks and tests (IngestPipeline::counters()).
struct IngestCounters {
    qint64 firstBatchNs = -1; // steady clock (IngestPipeline::steadyNs()): the first batch arrived; -1: none yet
    qint64 lastBatchNs = -1; // the latest batch was ingested
    qint64 firstBatchCpuNs = -1; // the worker thread's CPU time at those two moments (CLOCK_THREAD_CPUTIME_ID)
    qint64 lastBatchCpuNs = -1;
    qint64 longestHoldNs = 0; // the longest the worker held the store lock at a time (a batch, a slice, a change set)
    qsizetype largestBatch = 0; // the most messages in one batch (a slice of a socket read)
    qint64 largestReadBytes
        = 0; // the most bytes one socket read brought (ClientOptions::FloodReadBufferBytes bounds it)
    quint64 batches = 0;
    qint64 lockWaitNs = 0; // how long the worker waited for the store lock in all (the owner's thread held it)
    quint64 handoffs = 0; // pauses between the slices of a long batch (for the owner's thread to take the lock)
    quint64 readPauses = 0; // the client's read-coalescing pauses (ClientOptions::coalesceReads)
    quint64 changeSets = 0; // change sets taken for the owner; never more than one on its way at a time

    qint64 ingestCpuNs() const { return firstBatchCpuNs < 0 ? 0 : lastBatchCpuNs - firstBatchCpuNs; }
};
