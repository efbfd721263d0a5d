// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Work done beside the calling thread, on another core (issue 18: a one-report PDF export loads the report's format
// there while the application starts, and lays out the report's tables there while the prose is laid out).

#include <functional>
#include <memory>

namespace nianbao {

class SideThread
{
public:
    // Starts `work` on a new thread (or, when no thread can be had, does it here and now).
    explicit SideThread(std::function<void()> work);
    ~SideThread(); // waits for the work to end
    SideThread(const SideThread &) = delete;
    SideThread &operator=(const SideThread &) = delete;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nianbao
