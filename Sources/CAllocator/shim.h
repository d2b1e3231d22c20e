#ifndef PETROGRAD_CALLOCATOR_SHIM_H
#define PETROGRAD_CALLOCATOR_SHIM_H

// glibc's allocator settings (mallopt), which Swift's Glibc module does not bring in. Used once, as the
// program starts (MemoryPolicy). Nothing else belongs in this file.

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

#endif
