// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/sidethread.h"

#include <QtGlobal>
#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#else
#include <thread>
#endif

namespace nianbao {

struct SideThread::Private {
    std::function<void()> work;
#ifdef Q_OS_LINUX
    pthread_t thread{};
    cpu_set_t allowed{};
    bool placed = false; // started off the caller's core: given back all of `allowed` once running

    static void *body(void *self)
    {
        auto *p = static_cast<Private *>(self);
        if (p->placed) pthread_setaffinity_np(pthread_self(), sizeof p->allowed, &p->allowed);
        p->work();
        return nullptr;
    }
#else
    std::thread thread;
#endif
};

SideThread::SideThread(std::function<void()> work)
    : d(std::make_unique<Private>())
{
    d->work = std::move(work);
#ifdef Q_OS_LINUX
    // Linux puts a new thread on its parent's core and moves it only when its balancer next looks: on the
    // two-core test machine the thread began 1.4 ms late and shared the core until then, so the work gained
    // nothing. It is started on the process's other cores instead; once running it may go anywhere again.
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    if (sched_getaffinity(0, sizeof d->allowed, &d->allowed) == 0 && CPU_COUNT(&d->allowed) > 1) {
        cpu_set_t others = d->allowed;
        const int here = sched_getcpu();
        if (here >= 0 && CPU_ISSET(here, &others)) {
            CPU_CLR(here, &others);
            d->placed = pthread_attr_setaffinity_np(&attributes, sizeof others, &others) == 0;
        }
    }
    bool started = pthread_create(&d->thread, &attributes, &Private::body, d.get()) == 0;
    pthread_attr_destroy(&attributes);
    if (!started && d->placed) { // cores the system refuses: started wherever it goes
        d->placed = false;
        started = pthread_create(&d->thread, nullptr, &Private::body, d.get()) == 0;
    }
    if (!started) {
        d->work();
        d.reset();
    }
#else
    d->thread = std::thread(d->work);
#endif
}

SideThread::~SideThread()
{
    if (!d) return;
#ifdef Q_OS_LINUX
    pthread_join(d->thread, nullptr);
#else
    d->thread.join();
#endif
}

} // namespace nianbao
