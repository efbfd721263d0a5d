// SPDX-License-Identifier: GPL-3.0-or-later
// SideThread (files/sidethread.h): its work runs beside the caller, is waited for, and may use every core the
// process may use; with one core allowed it still runs.
#include "files/sidethread.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <thread>
#ifdef Q_OS_LINUX
#include <sched.h>
#endif

using namespace nianbao;

class TestSideThread : public QObject
{
    Q_OBJECT

private slots:
    void destructionWaitsForTheWork()
    {
        std::atomic<bool> done{false};
        std::thread::id ranOn;
        {
            SideThread side([&] {
                ranOn = std::this_thread::get_id();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                done = true;
            });
        }
        QVERIFY(done);
        QVERIFY(ranOn != std::this_thread::get_id());
    }

#ifdef Q_OS_LINUX
    // Started off the caller's core, the thread is given back every core of the process once it runs.
    void workMayRunOnEveryAllowedCore_data()
    {
        QTest::addColumn<int>("cores"); // 0: all the machine gives the process
        QTest::newRow("all cores") << 0;
        QTest::newRow("one core") << 1;
    }
    void workMayRunOnEveryAllowedCore()
    {
        QFETCH(int, cores);
        cpu_set_t before;
        QCOMPARE(sched_getaffinity(0, sizeof before, &before), 0);
        cpu_set_t allowed = before;
        if (cores == 1) {
            CPU_ZERO(&allowed);
            CPU_SET(sched_getcpu(), &allowed);
            QCOMPARE(sched_setaffinity(0, sizeof allowed, &allowed), 0);
        }
        cpu_set_t seen;
        CPU_ZERO(&seen);
        bool ran = false;
        {
            SideThread side([&] {
                ran = true;
                sched_getaffinity(0, sizeof seen, &seen);
            });
        }
        sched_setaffinity(0, sizeof before, &before);
        QVERIFY(ran);
        QVERIFY(CPU_EQUAL(&seen, &allowed));
    }
#endif
};

QTEST_GUILESS_MAIN(TestSideThread)
#include "tst_sidethread.moc"
