import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 63251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 93516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nb: () => (/* binding */ compileRules),
/* harmony export */   wn: () => (/* binding */ matchingRule)
/* harmony export */ });
/* unused harmony exports compilePattern, ownersOf */
function parseGlob(segment) {
    const parts = [];
    let literal = '';
    const flush = () => {
        if (literal)
            parts.push({ kind: 'literal', text: literal });
        literal = '';
    };
    for (let i = 0; i < segment.length; i++) {
        const ch = segment[i];
        if (ch === '\\' && i + 1 < segment.length) {
            literal += segment[i + 1];
            i++;
        }
        else if (ch === '*') {
            flush();
            // `a**b` inside a segment is the same as `a*b`.
            if (parts[parts.length - 1]?.kind !== 'star')
                parts.push({ kind: 'star' });
        }
        else if (ch === '?') {
            flush();
            parts.push({ kind: 'one' });
        }
        else {
            literal += ch;
        }
    }
    flush();
    return parts;
}
/**
 * One segment against a glob: the classic single-star-backtrack scan (only the last `*` is ever revisited),
 * O(segment × glob) at worst, never exponential.
 */
function globMatches(glob, text, work) {
    let g = 0;
    let t = 0;
    let starG = -1;
    let starT = 0;
    while (t <= text.length) {
        work.steps++;
        const part = glob[g];
        if (part && part.kind === 'star') {
            starG = g++;
            starT = t;
            continue;
        }
        if (part && part.kind === 'one' && t < text.length) {
            g++;
            t++;
            continue;
        }
        if (part && part.kind === 'literal' && text.startsWith(part.text, t)) {
            g++;
            t += part.text.length;
            continue;
        }
        if (!part && t === text.length)
            return true;
        if (starG < 0 || starT >= text.length)
            return false;
        // Let the last star take one more character and retry what follows it.
        g = starG + 1;
        t = ++starT;
    }
    return false;
}
/** The steps of a CODEOWNERS pattern (the rules in this file's header). */
function compileSteps(pattern) {
    let p = pattern;
    let dirOnly = false;
    if (p.endsWith('/') && !p.endsWith('\\/')) {
        dirOnly = true;
        p = p.slice(0, -1);
    }
    let anchored = false;
    if (p.startsWith('/')) {
        anchored = true;
        p = p.slice(1);
    }
    if (p.includes('/'))
        anchored = true;
    const segments = p.split('/');
    const steps = [];
    const any = () => {
        // Consecutive `any` steps mean the same as one: keep one, so `**/**/**/…` costs no more than `**`.
        if (steps[steps.length - 1]?.kind !== 'any')
            steps.push({ kind: 'any' });
    };
    const oneSegment = () => {
        steps.push({ kind: 'segment', glob: [{ kind: 'star' }] });
    };
    if (!anchored)
        any();
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            if (last) {
                // `x/**`: one or more segments below.
                oneSegment();
                any();
            }
            else {
                any();
            }
        }
        else {
            steps.push({ kind: 'segment', glob: parseGlob(segment) });
        }
    });
    const lastSegment = segments[segments.length - 1];
    if (lastSegment === '**') {
        // done
    }
    else if (dirOnly) {
        // `dir/`: only what is below the directory.
        oneSegment();
        any();
    }
    else if (lastSegment === '*' && anchored) {
        // `dir/*` and `/*`: direct children only.
    }
    else {
        // The path itself, or anything below it when it is a directory.
        any();
    }
    return steps;
}
/** Whether the steps match the whole list of segments: a set of states advanced segment by segment. */
function runSteps(steps, segments, work) {
    const n = steps.length;
    let current = new Uint8Array(n + 1);
    let next = new Uint8Array(n + 1);
    // Epsilon closure: an `any` step may match zero segments.
    const close = (states) => {
        for (let i = 0; i < n; i++) {
            work.steps++;
            if (states[i] && steps[i].kind === 'any')
                states[i + 1] = 1;
        }
    };
    current[0] = 1;
    close(current);
    for (const segment of segments) {
        next.fill(0);
        let alive = false;
        for (let i = 0; i < n; i++) {
            if (!current[i])
                continue;
            work.steps++;
            const step = steps[i];
            if (step.kind === 'any') {
                next[i] = 1;
                alive = true;
            }
            else if (globMatches(step.glob, segment, work)) {
                next[i + 1] = 1;
                alive = true;
            }
        }
        if (!alive)
            return false;
        close(next);
        [current, next] = [next, current];
    }
    return current[n] === 1;
}
/** Compile a CODEOWNERS pattern to a matcher over repository-relative paths (no leading slash). */
function compilePattern(pattern) {
    const steps = compileSteps(pattern);
    return {
        pattern,
        test(path, work = { steps: 0 }) {
            return runSteps(steps, path.split('/'), work);
        }
    };
}
function compileRules(rules) {
    return { rules, matchers: rules.map(r => compilePattern(r.pattern)) };
}
/** The rule that decides a path's owners: the last matching one, or null when none matches. */
function matchingRule(compiled, path, work) {
    const clean = path.replace(/^\/+/, '');
    for (let i = compiled.rules.length - 1; i >= 0; i--) {
        if (compiled.matchers[i].test(clean, work))
            return compiled.rules[i];
    }
    return null;
}
/** Owners of a path (as written); empty when no rule matches or the matching rule lists no owners. */
function ownersOf(compiled, path) {
    return matchingRule(compiled, path)?.owners ?? [];
}


/***/ }),

/***/ 73010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ parseCodeowners),
/* harmony export */   pZ: () => (/* binding */ parseOwner)
/* harmony export */ });
/* unused harmony export patternProblem */
/**
 * A GitHub login as CODEOWNERS may name it. New accounts get alphanumerics and single inner hyphens, but
 * GitHub still serves older logins that end in a hyphen or double one (`@tobias-`, `@gil--`), and Enterprise
 * Managed Users are `<name>_<shortcode>` (`@the-octocat_acme`). Rejecting those dropped the whole line and
 * left its files without owners, so every form GitHub has issued is accepted: a leading alphanumeric, then
 * alphanumerics and hyphens, then an optional `_shortcode`. (No leading hyphen: GitHub never issued one.)
 */
const LOGIN = '[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:_[A-Za-z0-9]{1,39})?';
const USER_RE = new RegExp(`^@(${LOGIN})$`);
/** `@org/team-slug`: org as a login; team slugs are letters, digits, `-`, `_` and `.`. */
const TEAM_RE = new RegExp(`^@(${LOGIN})/([A-Za-z0-9][A-Za-z0-9._-]*)$`);
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function parseOwner(token) {
    let m = TEAM_RE.exec(token);
    if (m)
        return { kind: 'team', org: m[1], slug: m[2] };
    m = USER_RE.exec(token);
    if (m)
        return { kind: 'user', login: m[1] };
    if (!token.startsWith('@') && EMAIL_RE.test(token))
        return { kind: 'email', email: token };
    return null;
}
/** Split a line into whitespace-separated tokens; a backslash escapes the next character (kept in the token). */
function tokenize(line) {
    const tokens = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '\\' && i + 1 < line.length) {
            current += ch + line[i + 1];
            i++;
        }
        else if (ch === ' ' || ch === '\t') {
            if (current)
                tokens.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    if (current)
        tokens.push(current);
    return tokens;
}
/** The first problem with a pattern GitHub does not support, or null. */
function patternProblem(pattern) {
    if (pattern.startsWith('\\#')) {
        return 'escaping a leading "#" with "\\" does not work in CODEOWNERS (GitHub documents this gitignore rule as unsupported); the line is skipped';
    }
    if (pattern.startsWith('!')) {
        return 'negation with "!" is not supported in CODEOWNERS; the line is skipped';
    }
    for (let i = 0; i < pattern.length; i++) {
        if (pattern[i] === '\\') {
            i++;
            continue;
        }
        if (pattern[i] === '[' || pattern[i] === ']') {
            return 'character ranges with "[ ]" are not supported in CODEOWNERS; the line is skipped';
        }
    }
    if (pattern === '/')
        return 'the pattern "/" never matches anything (did you mean "*"?); the line is skipped';
    if (pattern.endsWith('\\'))
        return 'the pattern ends with an unfinished "\\" escape; the line is skipped';
    return null;
}
function parseCodeowners(text) {
    const rules = [];
    const errors = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const tokens = tokenize(trimmed);
        const commentAt = tokens.findIndex((t, i) => i > 0 && t.startsWith('#'));
        const [pattern, ...ownerTokens] = commentAt === -1 ? tokens : tokens.slice(0, commentAt);
        const problem = patternProblem(pattern);
        if (problem) {
            errors.push({ line, message: `${problem}: ${pattern}` });
            return;
        }
        const bad = ownerTokens.filter(t => parseOwner(t) === null);
        if (bad.length > 0) {
            errors.push({
                line,
                message: `invalid owner${bad.length > 1 ? 's' : ''} ${bad.map(b => `"${b}"`).join(', ')}: owners must be @username, @org/team-name or an e-mail address; the line is skipped`
            });
            return;
        }
        rules.push({ pattern, owners: ownerTokens, line });
    });
    return { rules, errors };
}


/***/ }),

/***/ 25429:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ TEAM_MEMBERSHIP_REMEDY),
/* harmony export */   p1: () => (/* binding */ codeownersCollector)
/* harmony export */ });
/* unused harmony export collectCodeowners */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(38889);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(36688);
/* harmony import */ var _codeowners_match_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(93516);
/* harmony import */ var _controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(45255);
/* harmony import */ var _codeowners_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73010);
/* harmony import */ var _model_facts_codeowners_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(96292);
/* harmony import */ var _read_at_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(32968);
/**
 * Collector of CODEOWNERS facts for review.codeowners (record.facts.codeowners).
 *
 * GitHub reads CODEOWNERS from the pull request's **base** branch, first of `.github/CODEOWNERS`,
 * `CODEOWNERS`, `docs/CODEOWNERS`. We read the same file at the base SHA through the one reader (read-at.ts:
 * the checkout when it holds the base commit, else the contents API) while the PR's lists are read, parse it,
 * and, for each team owner whose members' approval could decide a verdict (teamsThatCouldDecide), read whether
 * the team has write access to the repository and who its members are.
 */








const TEAM_REPO_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}';
const TEAM_MEMBERS_ROUTE = 'GET /orgs/{org}/teams/{team_slug}/members';
/** GitHub ignores a CODEOWNERS file of 3 MB or more. */
const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
const IGNORED_SIZE = 'GitHub ignores a CODEOWNERS file of 3 MB or more';
/** Bound on team look-ups (two calls each). */
const MAX_TEAMS = 50;
const TEAM_MEMBERSHIP_REMEDY = 'the workflow GITHUB_TOKEN can never read organisation team membership; pass a GitHub App token or a PAT with `read:org` (Organization → Members: read) as github-token';
const CONTENTS_REMEDY = 'Give the token `contents: read` on this repository so CODEOWNERS can be read at the base commit.';
class LoadError extends Error {
    reason;
    remedy;
    http_status;
    constructor(reason, remedy, http_status) {
        super(reason);
        this.reason = reason;
        this.remedy = remedy;
        this.http_status = http_status;
    }
}
/**
 * The first CODEOWNERS location GitHub reads, at the base commit, through the one reader (the checkout when it
 * holds the base, else the contents API). `sources` collects what each read came from.
 */
async function loadAtBase(reader, ref, sources) {
    for (const path of _model_facts_codeowners_js__WEBPACK_IMPORTED_MODULE_4__/* .CODEOWNERS_LOCATIONS */ .B) {
        const r = await reader.readAt(ref, path);
        const source = `${r.source} (ref=${ref}; ${path})`;
        if (!sources.includes(source))
            sources.push(source);
        if ('error' in r) {
            if (r.error.too_large_bytes !== undefined)
                throw new LoadError(`${path} is ${r.error.too_large_bytes} bytes; ${IGNORED_SIZE}`, 'Shrink CODEOWNERS below 3 MB.');
            const remedy = r.source === _read_at_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENTS_ROUTE */ .te ? CONTENTS_REMEDY : r.error.remedy;
            throw new LoadError(r.error.reason, remedy, r.error.http_status);
        }
        if (!r.found)
            continue;
        const bytes = Buffer.byteLength(r.text, 'utf8');
        if (bytes >= MAX_CODEOWNERS_BYTES)
            throw new LoadError(`${path} is ${bytes} bytes; ${IGNORED_SIZE}`, 'Shrink CODEOWNERS below 3 MB.');
        return { path, text: r.text };
    }
    return null;
}
function writeFromAnswer(data) {
    const role = data?.role_name?.toLowerCase();
    if (role === 'admin' || role === 'maintain' || role === 'write')
        return true;
    if (role === 'triage' || role === 'read')
        return false;
    const p = data?.permissions;
    if (!p)
        return null;
    return !!(p.admin || p.maintain || p.push);
}
async function teamFacts(api, org, slug, owner, repo) {
    const members = await api.paginate(TEAM_MEMBERS_ROUTE, { org, team_slug: slug });
    const access = await api.request(TEAM_REPO_ROUTE, {
        org,
        team_slug: slug,
        owner,
        repo,
        headers: { accept: 'application/vnd.github.v3.repository+json' }
    });
    const facts = { has_write: null, members: null };
    const problems = [];
    if (members.ok) {
        facts.members = members.data.map(m => m.login);
        if (members.truncated)
            problems.push('the member list was cut short');
    }
    else {
        problems.push((0,_github_api_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFailure */ .I)(members, `Members of @${org}/${slug}`).reason);
    }
    if (access.ok) {
        facts.has_write = access.status === 204 ? null : writeFromAnswer(access.data);
        if (facts.has_write === null)
            problems.push(`@${org}/${slug} has access to ${owner}/${repo}, but its level was not reported`);
    }
    else if (access.kind === 'not_found' && members.ok) {
        // The team is visible to the token (members were readable), so 404 means it has no access to the repository.
        facts.has_write = false;
    }
    else {
        problems.push((0,_github_api_js__WEBPACK_IMPORTED_MODULE_5__/* .describeFailure */ .I)(access, `Access of @${org}/${slug} to ${owner}/${repo}`).reason);
    }
    if (problems.length > 0) {
        facts.missing = { reason: problems.join('; '), remedy: TEAM_MEMBERSHIP_REMEDY };
    }
    return facts;
}
async function collectCodeowners(context) {
    const { owner, repo, api, checkoutDir, record } = context;
    const base = record.subject.base_sha ?? record.pull_request.value?.base.sha;
    if (!base) {
        return {
            state: 'unavailable',
            value: null,
            sources: [],
            missing: {
                reason: 'the base commit of the change is unknown, so CODEOWNERS cannot be read where GitHub reads it',
                remedy: 'Run the gate on a pull_request event, or make the pull request readable (pull-requests: read).'
            }
        };
    }
    const sources = [];
    if (!api && !checkoutDir) {
        return {
            state: 'unavailable',
            value: null,
            sources,
            missing: {
                reason: 'neither the GitHub API nor a local checkout is available to read CODEOWNERS',
                remedy: 'Pass github-token, or run the gate after actions/checkout with fetch-depth: 0.'
            }
        };
    }
    let loaded;
    try {
        // A file over the reader's cap is not read; its size (too_large_bytes) says GitHub ignores it.
        loaded = await loadAtBase(context.reader ?? (0,_read_at_js__WEBPACK_IMPORTED_MODULE_3__/* .createFileReader */ .gr)({ owner, repo, checkoutDir, api, maxBytes: MAX_CODEOWNERS_BYTES, contentsRemedy: CONTENTS_REMEDY }), base, sources);
    }
    catch (error) {
        if (error instanceof LoadError) {
            return { state: 'unavailable', value: null, sources, missing: { reason: error.reason, remedy: error.remedy, http_status: error.http_status } };
        }
        throw error;
    }
    if (!loaded) {
        const value = { file: null, teams: {} };
        return { state: 'complete', value, sources };
    }
    const parsed = (0,_codeowners_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCodeowners */ .BW)(loaded.text);
    const file = {
        path: loaded.path,
        ref: base,
        text_sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(loaded.text, 'utf8').digest('hex'),
        rules: parsed.rules,
        errors: parsed.errors
    };
    const teamRefs = new Map();
    for (const rule of parsed.rules) {
        for (const o of rule.owners) {
            const ref = (0,_codeowners_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOwner */ .pZ)(o);
            if (ref?.kind === 'team')
                teamRefs.set((0,_model_facts_codeowners_js__WEBPACK_IMPORTED_MODULE_4__/* .teamKey */ .r)(ref.org, ref.slug), { org: ref.org, slug: ref.slug });
        }
    }
    // The file is read at the base while the PR's lists are read; which teams could decide needs those lists.
    await context.changes;
    const teams = {};
    const needed = teamsThatCouldDecide(record, parsed.rules, (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .neededParam */ .N)(context.neededBy, 'require-head-commit') !== false);
    let index = 0;
    for (const [key, { org, slug }] of teamRefs) {
        if (needed && !needed.has(key)) {
            teams[key] = {
                has_write: null,
                members: null,
                not_needed: 'no approval by a member could change a verdict: every changed file this team owns is approved by an individual owner, or nobody else approved it'
            };
        }
        else if (!api) {
            teams[key] = {
                has_write: null,
                members: null,
                missing: { reason: 'no GitHub API available to read team access and membership', remedy: TEAM_MEMBERSHIP_REMEDY }
            };
        }
        else if (index >= MAX_TEAMS) {
            teams[key] = {
                has_write: null,
                members: null,
                missing: { reason: `more than ${MAX_TEAMS} teams are named in CODEOWNERS; this one was not looked up`, remedy: 'Name fewer teams in CODEOWNERS.' }
            };
        }
        else {
            teams[key] = await teamFacts(api, org, slug, owner, repo);
        }
        index++;
    }
    if (Object.values(teams).some(t => !t.not_needed) && api)
        sources.push(TEAM_MEMBERS_ROUTE, TEAM_REPO_ROUTE);
    const value = { file, teams };
    const unreadable = Object.entries(teams).filter(([, t]) => t.missing);
    if (unreadable.length > 0) {
        return {
            state: 'partial',
            value,
            sources,
            missing: {
                reason: `team facts unreadable for ${unreadable.map(([k]) => `@${k}`).join(', ')}`,
                remedy: TEAM_MEMBERSHIP_REMEDY
            }
        };
    }
    return { state: 'complete', value, sources };
}
/**
 * The teams whose membership could decide a verdict, or null when that cannot be told (then every team is
 * read). A team is read only when it owns a changed file (path or former path) that no individual owner
 * with write access has approved, and someone other than the author approved it (who might be a member).
 */
function teamsThatCouldDecide(record, rules, requireHead) {
    const files = record.files.value;
    const reviews = record.reviews.value;
    if (!files || !reviews || record.files.state !== 'complete')
        return null;
    const head = (0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .headSha */ .xF)(record);
    const author = record.pull_request.value?.author.login ?? null;
    const approvers = (0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewerStates */ .gj)(reviews)
        .filter(s => s.state === 'APPROVED' && !(0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(s.login, author))
        .filter(s => !requireHead || (s.review?.commit_id && s.review.commit_id === head))
        .map(s => s.login);
    const needed = new Set();
    if (approvers.length === 0)
        return needed;
    const compiled = (0,_codeowners_match_js__WEBPACK_IMPORTED_MODULE_7__/* .compileRules */ .nb)(rules);
    for (const f of files) {
        for (const path of f.previous_path && f.previous_path !== f.path ? [f.path, f.previous_path] : [f.path]) {
            const rule = (0,_codeowners_match_js__WEBPACK_IMPORTED_MODULE_7__/* .matchingRule */ .wn)(compiled, path);
            if (!rule)
                continue;
            const owners = rule.owners.map(_codeowners_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOwner */ .pZ);
            const approvedByUser = owners.some(o => o?.kind === 'user' && approvers.some(a => (0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .sameLogin */ .Up)(a, o.login) && (0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionQualifies */ .BQ)((0,_controls_lib_reviews_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionOf */ .Fp)(record, a)) === 'yes'));
            if (approvedByUser)
                continue;
            for (const o of owners)
                if (o?.kind === 'team')
                    needed.add((0,_model_facts_codeowners_js__WEBPACK_IMPORTED_MODULE_4__/* .teamKey */ .r)(o.org, o.slug));
        }
    }
    return needed;
}
const codeownersCollector = {
    group: 'codeowners',
    // Only the base commit is needed to read the file; the team look-ups await context.changes.
    after: 'pull_request',
    collect: collectCodeowners
};


/***/ }),

/***/ 38889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ needsByGroup),
/* harmony export */   N: () => (/* binding */ neededParam)
/* harmony export */ });
/**
 * The enabled controls that need each fact group, in the order given (registry order), with their resolved
 * params: the plan's answer to "which settings does this group's collector read".
 */
function needsByGroup(controls, resolved) {
    const by = new Map();
    for (const control of controls) {
        const r = resolved[control.meta.id];
        if (!r?.enabled)
            continue;
        for (const group of control.meta.needs)
            by.set(group, [...(by.get(group) ?? []), { control: control.meta.id, params: r.params }]);
    }
    return by;
}
/** The first value a control that needs the group gives for a param key (registry order), or undefined. */
function neededParam(neededBy, key) {
    if (!neededBy)
        return undefined;
    for (const n of neededBy)
        if (n.params[key] !== undefined)
            return n.params[key];
    return undefined;
}


/***/ }),

/***/ 91318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ gitChangedFiles),
/* harmony export */   JZ: () => (/* binding */ startChangedFilesEarly),
/* harmony export */   M$: () => (/* binding */ changedFilesCommands),
/* harmony export */   P: () => (/* binding */ rawListing),
/* harmony export */   s1: () => (/* binding */ rawListingCommand)
/* harmony export */ });
/* unused harmony exports parseRaw, applyNumstat */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(22300);
/**
 * The files a change touches, from a local checkout, through the one hardened git runner (./run.ts): what
 * GitHub's pull request files list holds, without its 3,000-file cap and without paging patches.
 */



/** git's status letters (`--raw`) as GitHub's pull request files list names them. */
const RAW_STATUS = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
/** The change's raw listing (rawListing), as recorded in the evidence's sources: read by the files list and the secrets scan. */
function rawListingCommand(base, head) {
    return `git diff --raw -z --no-abbrev --find-renames ${base}...${head}`;
}
/** The commands gitChangedFiles runs (before their hardening), as recorded in the evidence's sources. */
function changedFilesCommands(base, head) {
    return [rawListingCommand(base, head), `git diff --numstat -z --find-renames ${base}...${head}`];
}
/**
 * The files base...head changes, as GitHub lists a pull request's files (the same three-dot diff): path, former
 * path of a rename or copy, status, and added and deleted lines. Every file, with no cap at 3,000. Attributes are
 * not read from the change (a `.gitattributes` cannot hide a file's lines), and the work tree and index are not
 * used. The list comes first (`git diff --raw`, which reads no file contents); the counts (`--numstat`) follow.
 * Throws with git's message when the listing fails.
 */
async function gitChangedFiles(options) {
    const [rawCommand, countCommand] = changedFilesCommands(options.base, options.head);
    const { listing, counting } = (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .takeEarly */ .hy)((0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .earlyKey */ .dn)('files', options)) ?? startChangedFiles(options);
    const raw = await listing;
    if (!raw.ok)
        throw new Error(`${rawCommand} failed: ${raw.stderr.trim() || `exit ${raw.code}`}`);
    const files = parseRaw(raw.stdout.toString('utf8'));
    const counted = counting.then(r => {
        if (!r.ok)
            throw new Error(`${countCommand} failed: ${r.stderr.trim() || `exit ${r.code}`}`);
        applyNumstat(files, r.stdout.toString('utf8'));
    });
    counted.catch(() => undefined);
    return { files, counted };
}
/**
 * Both commands start at once: the counts run on another core while the list is read and used, and a command
 * started once a diff is being scanned would wait for that scan to end (see streamStarted in ./run.ts).
 */
function startChangedFiles(options, signal) {
    const runs = { listing: rawListing(options, signal), counting: isolatedDiff(options, ['--numstat'], signal) };
    runs.counting.catch(() => undefined);
    return runs;
}
/** gitChangedFiles's commands started now, for the gitChangedFiles call of these options to take (see ./early.ts). */
function startChangedFilesEarly(options) {
    const abort = new AbortController();
    const runs = startChangedFiles(options, abort.signal);
    runs.listing.catch(() => undefined);
    (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .keepEarly */ .b2)((0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .earlyKey */ .dn)('files', options), runs, async (r) => {
        abort.abort();
        await Promise.allSettled([r.listing, r.counting]);
    });
}
/** The raw listing of a change being run, shared by whoever asks for it while it runs (see rawListing). */
const rawListings = new Map();
/**
 * `git diff --raw -z --no-abbrev --find-renames base...head`: every file the change touches, with its status and
 * its blobs' full names. The files list reads it (gitChangedFiles), and so does the secrets scan for the blobs of
 * the files the change adds (./diff.ts): one run serves every caller asking while it runs. A caller's signal
 * stops git only once every caller waiting on that run has given up.
 */
function rawListing(options, signal) {
    const key = (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .earlyKey */ .dn)('raw', options);
    let run = rawListings.get(key);
    if (run === undefined) {
        const stop = new AbortController();
        const result = isolatedDiff(options, ['--raw', '--no-abbrev'], stop.signal);
        run = { result, waiting: 0, stop };
        rawListings.set(key, run);
        const forget = () => {
            if (rawListings.get(key) === run)
                rawListings.delete(key);
        };
        void result.then(forget, forget);
    }
    const shared = run;
    shared.waiting++;
    if (signal) {
        const leave = () => {
            if (--shared.waiting > 0)
                return;
            // Stopped: whoever asks from now on gets a run of its own, not this one's failure.
            if (rawListings.get(key) === shared)
                rawListings.delete(key);
            shared.stop.abort();
        };
        if (signal.aborted)
            leave();
        else
            signal.addEventListener('abort', leave, { once: true });
    }
    return shared.result;
}
/** `git diff <format> -z --find-renames base...head` in an empty directory (isolatedRun). */
async function isolatedDiff(options, format, signal) {
    const scratch = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .tempRoot */ .fQ)(), 'cg-files-'));
    try {
        const run = await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .isolatedRun */ .Rn)(options.cwd, scratch);
        return await (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitBytes */ .jR)(run.cwd, [`--work-tree=${scratch}`, 'diff', ...format, '-z', '--find-renames', '--no-ext-diff', '--no-textconv', `${options.base}...${options.head}`, '--'], { env: run.env, maxBuffer: 256 * 1024 * 1024, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(signal ? { signal } : {}) });
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** `git diff --raw -z`: one entry per file (`:modes shas STATUS\0path\0`, a rename or copy `…R086\0old\0new\0`). */
function parseRaw(out) {
    const tokens = out.split('\u0000');
    const files = [];
    for (let i = 0; i < tokens.length && tokens[i].startsWith(':');) {
        const letter = tokens[i].trim().split(/\s+/)[4]?.[0] ?? '';
        const paired = letter === 'R' || letter === 'C';
        const from = tokens[i + 1];
        const to = paired ? tokens[i + 2] : from;
        if (to === undefined || to === '')
            throw new Error(`git diff --raw: unexpected output after ${JSON.stringify(tokens[i])}`);
        files.push({ path: to, ...(paired ? { previous_path: from } : {}), status: RAW_STATUS[letter] ?? 'changed', additions: 0, deletions: 0 });
        i += paired ? 3 : 2;
    }
    return files;
}
/**
 * `git diff --numstat -z` (the same diff, so the same files in the same order): `added\tdeleted\tpath\0`, a
 * rename `added\tdeleted\t\0old\0new\0`, a binary file `-\t-\t…`. The counts are set on `files`.
 */
function applyNumstat(files, out) {
    const tokens = out.split('\u0000');
    let i = 0;
    for (const f of files) {
        const m = /^(-|\d+)\t(-|\d+)\t/.exec(tokens[i] ?? '');
        if (!m)
            throw new Error(`git diff --numstat: unexpected output for ${f.path}`);
        const paired = tokens[i].length === m[0].length;
        const path = paired ? tokens[i + 2] : tokens[i].slice(m[0].length);
        if (path !== f.path)
            throw new Error(`git diff --numstat: ${JSON.stringify(path)} where --raw listed ${JSON.stringify(f.path)}`);
        if (m[1] === '-')
            f.binary = true;
        else {
            f.additions = Number(m[1]);
            f.deletions = Number(m[2]);
        }
        i += paired ? 3 : 1;
    }
}


/***/ }),

/***/ 93517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readObject),
/* harmony export */   Q: () => (/* binding */ hasCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22300);
/**
 * Objects of a checkout (a commit, a file at a commit) read through one `git cat-file --batch` per checkout
 * instead of a git process per question. Starting a process forks this one, which blocks the thread for
 * 10-30 ms on a runner once the heap has grown; a run asks a dozen such questions (are the base and head
 * there, the policy, CODEOWNERS at three places, the baseline, the checkout's HEAD). Questions go in on
 * stdin one per line and the answers come back in the same order; git runs hardened as every other git
 * (./run.ts) and reads nothing but objects. When the batch cannot answer (git could not start, died or
 * timed out) the answer is null and the caller asks git the old way.
 */


/** How long the batch waits for an answer before it is stopped (and its questions asked the old way). */
const ANSWER_TIMEOUT_MS = 120_000;
/** An idle batch ends after this long, so a long-lived process (a test runner) does not keep one per checkout. */
const IDLE_MS = 3_000;
class CatFileBatch {
    onEnd;
    child;
    questions = [];
    pending = Buffer.alloc(0);
    /** The object being read: its header, the bytes still to come (content and its '\n') and what is kept. */
    body = null;
    dead = false;
    timer = null;
    idle = null;
    constructor(cwd, onEnd) {
        this.onEnd = onEnd;
        this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .hardenedArgs */ .XM)(['cat-file', '--batch']), { cwd, env: (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .gitEnv */ .gE)(), stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });
        // Nothing of the batch keeps the process alive: an unanswered question's timer does (see ask).
        this.child.unref();
        for (const s of [this.child.stdin, this.child.stdout])
            s?.unref?.();
        this.child.stdout?.on('data', (chunk) => this.read(chunk));
        this.child.on('error', () => this.end());
        this.child.on('close', () => this.end());
        this.child.stdin?.on('error', () => this.end());
    }
    ask(name, maxBytes) {
        if (this.dead)
            return Promise.resolve(null);
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = null;
        return new Promise(resolve => {
            this.questions.push({ name, maxBytes, resolve });
            this.child.stdin?.write(`${name}\n`);
            this.timer ??= setTimeout(() => this.stop(), ANSWER_TIMEOUT_MS);
        });
    }
    read(chunk) {
        this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
        for (;;) {
            if (this.body) {
                const { body } = this;
                const take = Math.min(body.left, this.pending.length);
                if (take === 0)
                    return;
                if (body.kept)
                    body.kept.push(this.pending.subarray(0, take));
                body.left -= take;
                this.pending = this.pending.subarray(take);
                if (body.left > 0)
                    return;
                this.body = null;
                // The content is followed by one '\n' (counted in left), kept out of the content.
                if (body.kept)
                    body.answer.content = Buffer.concat(body.kept).subarray(0, body.answer.size);
                this.answer(body.answer);
                continue;
            }
            const nl = this.pending.indexOf(0x0a);
            if (nl < 0)
                return;
            const line = this.pending.subarray(0, nl).toString('utf8');
            this.pending = this.pending.subarray(nl + 1);
            const q = this.questions[0];
            if (!q)
                return this.stop();
            const header = /^([0-9a-f]{40}|[0-9a-f]{64}) ([a-z]+) (\d+)$/.exec(line);
            if (header) {
                const answer = { missing: false, oid: header[1], type: header[2], size: Number(header[3]) };
                this.body = { answer, left: answer.size + 1, kept: answer.size <= q.maxBytes ? [] : null };
                continue;
            }
            // `<name> missing` (or `ambiguous`): no object, and no content follows.
            if (line === `${q.name} missing` || line === `${q.name} ambiguous`)
                this.answer({ missing: true });
            else
                return this.stop();
        }
    }
    answer(a) {
        const q = this.questions.shift();
        q?.resolve(a);
        if (this.questions.length === 0) {
            if (this.timer)
                clearTimeout(this.timer);
            this.timer = null;
            this.idle = setTimeout(() => this.stop(), IDLE_MS);
            this.idle.unref();
        }
    }
    /** Ends the batch; questions not yet answered get null (their callers ask git the old way). */
    stop() {
        if (!this.dead)
            this.child.kill('SIGKILL');
        this.end();
    }
    end() {
        if (this.timer)
            clearTimeout(this.timer);
        if (this.idle)
            clearTimeout(this.idle);
        this.timer = this.idle = null;
        if (!this.dead) {
            this.dead = true;
            this.onEnd();
        }
        for (const q of this.questions.splice(0))
            q.resolve(null);
    }
}
const batches = new Map();
/**
 * The object `name` names in the checkout at cwd (a revision expression: `<sha>^{commit}`, `<sha>:<path>`,
 * `HEAD`), its content when at most maxBytes; null when the batch cannot answer it (the caller runs git itself).
 * A name that cannot be one line of the batch's input (a newline, or white space at either end) gets null too.
 */
async function readObject(cwd, name, maxBytes) {
    if (name === '' || /[\n\r\0]/.test(name) || name.trim() !== name)
        return null;
    let batch = batches.get(cwd);
    if (!batch) {
        // Starting it forks this process: not while a diff is being scanned (see whenNoStream).
        await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .whenNoStream */ .KH)();
        batch = batches.get(cwd);
        if (!batch) {
            try {
                const b = new CatFileBatch(cwd, () => batches.get(cwd) === b && batches.delete(cwd));
                batches.set(cwd, (batch = b));
            }
            catch {
                return null;
            }
        }
    }
    return batch.ask(name, maxBytes);
}
/** Whether `sha` names a commit present in the checkout. */
const commitsPresent = new Map();
/**
 * Whether the checkout holds the commit. A commit once there stays there (git adds objects, never removes
 * them during a run), so a yes is remembered for the process: the collectors that each need the base and
 * head (files, secrets, the file reader) start git once per commit. A no is asked again.
 */
async function hasCommit(cwd, sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return false;
    const key = `${cwd}\u0000${sha}`;
    let present = commitsPresent.get(key);
    if (!present) {
        const asked = readObject(cwd, `${sha}^{commit}`, 0).then(a => a === null ? (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['cat-file', '-e', `${sha}^{commit}`]).then(r => r.ok) : !a.missing && a.type === 'commit');
        commitsPresent.set(key, (present = asked));
        present.then(ok => ok || commitsPresent.delete(key), () => commitsPresent.delete(key));
    }
    return present;
}


/***/ }),

/***/ 22300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   KH: () => (/* binding */ whenNoStream),
/* harmony export */   Rn: () => (/* binding */ isolatedRun),
/* harmony export */   Tt: () => (/* binding */ earlyStillWanted),
/* harmony export */   XM: () => (/* binding */ hardenedArgs),
/* harmony export */   Zu: () => (/* binding */ earlyToken),
/* harmony export */   b2: () => (/* binding */ keepEarly),
/* harmony export */   dn: () => (/* binding */ earlyKey),
/* harmony export */   eA: () => (/* binding */ discardEarly),
/* harmony export */   fQ: () => (/* binding */ tempRoot),
/* harmony export */   gE: () => (/* binding */ gitEnv),
/* harmony export */   hy: () => (/* binding */ takeEarly),
/* harmony export */   jR: () => (/* binding */ runGitBytes),
/* harmony export */   mi: () => (/* binding */ startGitOutput),
/* harmony export */   t1: () => (/* binding */ streamGit),
/* harmony export */   tj: () => (/* binding */ dropEarly)
/* harmony export */ });
/* unused harmony exports HARDENED_CONFIG, EMPTY_TREE, GitOutput, earlyKeys */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The one way compliance-gate starts git. A checkout may come from the pull request, so git must not run
 * anything the repository configures: no hooks, no external diff, no textconv, no fsmonitor, no pager, no
 * system or global config, no credential prompts, and attributes never taken from the working tree.
 */




/** Config that overrides anything a repository's own .git/config could set to run code or change output. */
const HARDENED_CONFIG = [
    'core.fsmonitor=false',
    'core.hooksPath=/dev/null',
    'core.attributesFile=/dev/null',
    'core.pager=cat',
    'core.quotePath=off',
    'diff.external=',
    'diff.noprefix=false',
    'diff.mnemonicPrefix=false',
    'diff.relative=false',
    'diff.renames=true',
    'color.ui=false',
    // log and show verify signatures with a program the config names (log.showSignature + gpg.program)
    'log.showSignature=false',
    'gpg.program=false',
    'gpg.ssh.program=false',
    'gpg.x509.program=false',
    // a log re-encoded to UTF-16 hides every commit marker from the history scan
    'i18n.logOutputEncoding=UTF-8',
    'protocol.allow=never',
    'safe.directory=*'
];
/** The environment git runs in: no system/global config, no prompts, no optional locks, no replace refs, no network. */
function gitEnv() {
    const env = {};
    for (const key of ['PATH', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL'])
        if (process.env[key] !== undefined)
            env[key] = process.env[key];
    return {
        ...env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_ATTR_NOSYSTEM: '1',
        GIT_PAGER: 'cat',
        GIT_EXTERNAL_DIFF: '',
        // No transport at all: a partial clone (actions/checkout's `filter:`) fetches a missing blob on demand from
        // its promisor remote, and a remote's URL (`ext::<command>`) and `protocol.<name>.allow` come from the
        // checkout's .git/config, which a per-protocol setting lets override protocol.allow=never. An empty
        // allow-list refuses every transport over any config; git 2.44+ also stops lazy fetching outright.
        GIT_ALLOW_PROTOCOL: '',
        GIT_NO_LAZY_FETCH: '1',
        HOME: '/nonexistent'
    };
}
/** The argument list for `git <args>` with the hardened config in front. */
function hardenedArgs(args) {
    return ['--no-pager', ...HARDENED_CONFIG.flatMap(c => ['-c', c]), ...args];
}
function runGit(cwd, args, options = {}) {
    return runGitBytes(cwd, args, options).then(r => ({ ...r, stdout: r.stdout.toString('utf8') }));
}
/**
 * Streams (streamGit) still being read, and what resolves when none is. Starting a process forks this one, and
 * after a fork every page of the heap the scan then writes is copied or re-mapped by the kernel, one fault per
 * page: a short git command started while a diff is being scanned cost the scan 40-60 ms on a 2-core runner, far
 * more than the command itself. So a short command asked for during a stream starts when the stream ends; its
 * caller waits no longer than the scan it would have slowed (every collector shares the one thread).
 */
let streams = 0;
let streamsEnded = null;
function streamStarted() {
    if (streams++ === 0) {
        let resolve = () => undefined;
        const promise = new Promise(r => (resolve = r));
        streamsEnded = { promise, resolve };
    }
}
function streamEnded() {
    if (--streams === 0) {
        streamsEnded?.resolve();
        streamsEnded = null;
    }
}
/** Resolves once no stream is being read (at once when none is): when another git process may be started. */
function whenNoStream() {
    return streamsEnded?.promise ?? Promise.resolve();
}
/** runGit with stdout as bytes (a diff whose text is not UTF-8, e.g. UTF-16 files). */
function runGitBytes(cwd, args, options = {}) {
    // Not during a stream (see streamStarted); otherwise at once, so commands asked for in order start in order.
    if (streamsEnded !== null)
        return streamsEnded.promise.then(() => runGitBytes(cwd, args, options));
    return new Promise(resolve => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', hardenedArgs(args), {
            cwd,
            env: { ...gitEnv(), ...options.env },
            maxBuffer: options.maxBuffer ?? 16 * 1024 * 1024,
            timeout: options.timeoutMs ?? 120_000,
            encoding: 'buffer',
            windowsHide: true,
            ...(options.signal ? { signal: options.signal, killSignal: 'SIGKILL' } : {})
        }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
            resolve({
                ok: !error,
                code,
                stdout: Buffer.isBuffer(stdout) ? stdout : Buffer.alloc(0),
                stderr: Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr ?? '')
            });
        });
    });
}
/** git's empty tree: attributes read from it are none. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const checkoutObjects = new Map();
/**
 * How git runs on a checkout's commits without reading anything of the checkout but its objects (a diff or log
 * between two commits): git is started in `scratch` (an empty directory) on a repository of its own made there,
 * which borrows the checkout's objects (objects/info/alternates), with a work tree of `scratch`, an index that
 * does not exist and attributes from the empty tree (GIT_ATTR_SOURCE, git >= 2.40). So nothing of the checkout's
 * .git/config applies (merge drivers and filters a re-merged commit would start, signature programs, encodings,
 * a promisor remote), and neither do its info/attributes or, before git 2.40, the `.gitattributes` the change
 * under judgement writes. When the checkout's git directory cannot be found, git runs in the checkout itself.
 */
async function isolatedRun(cwd, scratch) {
    let objects = checkoutObjects.get(cwd);
    if (!objects)
        checkoutObjects.set(cwd, (objects = objectsOf(cwd)));
    const found = await objects;
    const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'no-index'), GIT_ATTR_SOURCE: EMPTY_TREE };
    if (found === null)
        return { cwd, env };
    return { cwd: scratch, env: { ...env, GIT_DIR: borrowingRepository((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(scratch, 'objects.git'), found.common, found.sha256) } };
}
/** The checkout's common git directory (absolute) and whether its objects are SHA-256; null when git cannot say. */
async function objectsOf(cwd) {
    const plain = plainGitDir(cwd);
    if (plain)
        return plain;
    const r = await runGit(cwd, ['rev-parse', '--path-format=absolute', '--git-common-dir', '--show-object-format']);
    if (!r.ok)
        return null;
    const [common, format] = r.stdout.split('\n').map(l => l.trim());
    return common && (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(common) ? { common, sha256: format === 'sha256' } : null;
}
/**
 * The checkout's git directory read without starting git (a process start blocks this thread for 10-30 ms), when
 * it is the plain case actions/checkout makes: `.git` a directory of its own at the top of the checkout (not a
 * worktree's or submodule's `gitdir:` file, no `commondir`), with objects, and SHA-1 (a repository of another
 * object format names it in its config's extensions.objectFormat). Anything else: null, and git is asked.
 */
function plainGitDir(cwd) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, '.git');
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir).isDirectory() || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'objects')).isDirectory() || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'commondir')))
            return null;
        if (/objectformat/i.test((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config'), 'utf8')))
            return null;
    }
    catch {
        return null;
    }
    return { common: dir, sha256: false };
}
/**
 * A bare repository at dir whose objects are the checkout's: its alternates name the checkout's object
 * directory, its `shallow` list is the checkout's, its object format the checkout's, and its config is git's
 * defaults and nothing more. A few small files, written without starting git.
 */
function borrowingRepository(dir, common, sha256) {
    // Made once per scratch directory, however many commands ask: writing its files again would truncate them under a
    // git already reading them.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'objects', 'info', 'alternates')))
        return dir;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'objects', 'info'), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'refs', 'heads'), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'HEAD'), 'ref: refs/heads/main\n');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config'), `[core]\n\trepositoryformatversion = ${sha256 ? 1 : 0}\n\tbare = true\n${sha256 ? '[extensions]\n\tobjectformat = sha256\n' : ''}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'objects', 'info', 'alternates'), `${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(common, 'objects')}\n`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(common, 'shallow')))
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(common, 'shallow'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'shallow'));
    return dir;
}
/**
 * Where git's scratch files go: the runner's own temp directory (RUNNER_TEMP, emptied after each job, on the
 * disk the runner sizes for the job) when it is set and is a directory, else the system's.
 */
function tempRoot() {
    const runner = process.env.RUNNER_TEMP;
    if (runner) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(runner).isDirectory())
                return runner;
        }
        catch {
            // not there: the system's temp directory
        }
    }
    return (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
}
/**
 * runGitBytes with stdout handed over chunk by chunk as git writes it, never held whole: the caller parses
 * (and scans) while git is still producing. git writes to a private file in a fresh temp directory (see
 * tempRoot), read as it grows: git never waits for the reader (a pipe holds 64 KiB), so git and the reader
 * each run on a core. Each chunk is valid only during its onData call: the next read reuses its buffer, so
 * onData copies what it keeps. maxBuffer caps the total (git is killed past it), as timeoutMs caps git's time: the
 * time spent in onData (the caller's parsing and scanning) does not count, only the time git runs outside it.
 */
async function streamGit(cwd, args, onData, options = {}) {
    return await startGitOutput(cwd, args, options).read(onData);
}
/**
 * git started now with its stdout going to a private file, to be read (once) by `read` as streamGit reads it,
 * or dropped by `discard`: a command started before its reader is ready (see startEarly) writes ahead into the
 * file and waits for no one.
 */
function startGitOutput(cwd, args, options = {}) {
    return new GitOutput(cwd, args, options);
}
class GitOutput {
    dir;
    child = null;
    stderr = [];
    exited;
    exit = null;
    wake = null;
    failure = null;
    spawned = performance.now();
    /** How the output was taken: by read (once) or dropped by discard. */
    taken = null;
    /** While no one reads: stops git past maxBuffer bytes or timeoutMs (see watch). */
    watchdog = null;
    maxBytes;
    timeoutMs;
    constructor(cwd, args, options) {
        this.maxBytes = options.maxBuffer ?? 16 * 1024 * 1024;
        this.timeoutMs = options.timeoutMs ?? 120_000;
        this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tempRoot(), 'cg-git-'));
        let resolveExited = () => undefined;
        this.exited = new Promise(resolve => (resolveExited = resolve));
        const done = (code, error) => {
            this.exit ??= { code, ...(error ? { error } : {}) };
            resolveExited();
            this.wake?.();
        };
        try {
            let input = 'ignore';
            if (options.input !== undefined) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'stdin'), options.input, { mode: 0o600, flag: 'wx' });
                input = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'stdin'), 'r');
            }
            const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'stdout'), 'wx', 0o600);
            try {
                this.child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', hardenedArgs(args), { cwd, env: { ...gitEnv(), ...options.env }, stdio: [input, out, 'pipe'], windowsHide: true });
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(out);
                if (typeof input === 'number')
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(input);
            }
        }
        catch (e) {
            done(null, e instanceof Error ? e : new Error(String(e)));
            return;
        }
        this.child.stderr?.on('data', (chunk) => this.stderr.push(chunk));
        this.child.on('error', e => done(null, e));
        this.child.on('close', code => done(code));
        liveChildren.add(this.child);
        const child = this.child;
        void this.exited.then(() => {
            liveChildren.delete(child);
            this.stopWatching();
        });
        this.watch();
    }
    /**
     * Until read starts, git writes ahead with no reader to hold it to maxBuffer and timeoutMs: checked here every
     * WATCH_EVERY_MS (the file's size, the time since git started), so output no one reads cannot fill the disk.
     */
    watch() {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'stdout');
        this.watchdog = setInterval(() => {
            if (this.exit !== null)
                return this.stopWatching();
            let size = 0;
            try {
                size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size;
            }
            catch {
                // removed: git is being stopped
            }
            if (size > this.maxBytes)
                this.stopOverLimit();
            else if (performance.now() - this.spawned > this.timeoutMs)
                this.stopTimedOut();
        }, WATCH_EVERY_MS);
        this.watchdog.unref();
    }
    stopWatching() {
        if (this.watchdog)
            clearInterval(this.watchdog);
        this.watchdog = null;
    }
    stop(why) {
        this.failure ??= why;
        this.child?.kill('SIGKILL');
    }
    stopOverLimit() {
        this.stop(`git printed more than ${this.maxBytes} bytes`);
    }
    stopTimedOut() {
        this.stop(`git timed out after ${this.timeoutMs} ms`);
    }
    /** Stop git (when still running) and remove its output: nobody will read it. Resolves once git has exited. */
    discard() {
        if (this.taken)
            return Promise.resolve();
        this.taken = 'discarded';
        this.stopWatching();
        this.stop('discarded');
        return this.exited.then(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true }));
    }
    /** git's output, chunk by chunk (see streamGit), then how git ended. Once. */
    async read(onData) {
        if (this.taken)
            throw new Error(this.taken === 'read' ? 'git output read twice' : 'git output read after it was discarded');
        this.taken = 'read';
        this.stopWatching();
        // The reader's clock (timeoutMs) starts now: the time git ran before (unread) was the watchdog's to bound.
        const started = performance.now();
        let bytes = 0;
        let reader = null;
        streamStarted();
        try {
            let inCallback = 0;
            const deliver = (chunk) => {
                const t = performance.now();
                try {
                    onData(chunk);
                }
                finally {
                    inCallback += performance.now() - t;
                }
            };
            const checkClock = () => {
                if (this.exit === null && performance.now() - started - inCallback > this.timeoutMs)
                    this.stopTimedOut();
            };
            try {
                reader = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'stdout'), 'r');
                // One buffer for every read: onData must copy what it keeps (the splitters copy only the bytes of a file a
                // read cuts through). A fresh megabyte per read cost more than the reading: new memory is faulted in page by page.
                const buf = Buffer.allocUnsafe(READ_CHUNK);
                let yielded = performance.now();
                for (;;) {
                    const finished = this.exit !== null;
                    const n = this.failure === null ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(reader, buf, 0, READ_CHUNK, bytes) : 0;
                    if (n > 0) {
                        bytes += n;
                        if (bytes > this.maxBytes)
                            this.stopOverLimit();
                        else
                            deliver(n === READ_CHUNK ? buf : buf.subarray(0, n));
                        checkClock();
                        // The caller's work on git's output (a scan) can outlast git: other I/O (the API's answers, other git
                        // commands) gets its turn every YIELD_EVERY_MS instead of waiting for the whole output.
                        if (performance.now() - yielded >= YIELD_EVERY_MS) {
                            await new Promise(resolve => setImmediate(resolve));
                            yielded = performance.now();
                        }
                        continue;
                    }
                    if (finished || this.failure !== null)
                        break;
                    checkClock();
                    if (this.failure !== null)
                        break;
                    // Caught up with git: wait for more output (or its exit).
                    await new Promise(resolve => {
                        this.wake = resolve;
                        setTimeout(resolve, 2);
                    });
                    this.wake = null;
                }
            }
            catch (e) {
                this.stop(e instanceof Error ? e.message : String(e));
            }
            await this.exited;
            const code = this.exit?.code ?? null;
            const why = this.failure ?? this.exit?.error?.message;
            const err = Buffer.concat(this.stderr).toString('utf8');
            return { ok: why === undefined && code === 0, code, stderr: why !== undefined ? `${err}${err && !err.endsWith('\n') ? '\n' : ''}${why}` : err, bytes };
        }
        finally {
            streamEnded();
            if (reader !== null)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(reader);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.dir, { recursive: true, force: true });
        }
    }
}
/**
 * Commands started before anyone asked for them (see ./early.ts), each under a key naming the command and its
 * options: taken once, by the first caller asking for that very command, or dropped by discardEarly.
 */
const earlyRuns = new Map();
/** Stops begun and not yet done (see discardEarly). */
const earlyStopping = new Set();
/** Counts discardEarly calls: a start begun before one (see earlyStillWanted) keeps nothing after it. */
let earlyEpoch = 0;
/** A token for a start about to wait (for the commits to be found); earlyStillWanted(token) tells whether to go on. */
function earlyToken() {
    return earlyEpoch;
}
function earlyStillWanted(token) {
    return token === earlyEpoch;
}
/** The key of a command started early: its kind (`files`, `count`, `diff`) and everything its arguments are made of. */
function earlyKey(kind, options) {
    return JSON.stringify([kind, options.cwd, options.base, options.head, options.timeoutMs ?? null]);
}
const kindOf = (key) => JSON.parse(key)[0];
/** Stop one, tracked until it is done (discardEarly waits for every stop begun). */
function stopEarly(run) {
    const stopped = run.discard().catch(() => undefined);
    earlyStopping.add(stopped);
    void stopped.then(() => earlyStopping.delete(stopped));
    return stopped;
}
function keepEarly(key, value, discard) {
    const before = earlyRuns.get(key);
    earlyRuns.set(key, { kind: kindOf(key), value, discard: () => discard(value) });
    if (before)
        void stopEarly(before);
}
/**
 * The command started early under this key, now the caller's (undefined: none was). A run asks for each kind once:
 * one of this kind started for other commits (the API's base is not the event's) will not be taken, and is stopped.
 */
function takeEarly(key) {
    const run = earlyRuns.get(key);
    if (run) {
        earlyRuns.delete(key);
        return run.value;
    }
    void discardEarlyKinds([kindOf(key)]);
    return undefined;
}
/** The keys of the commands started early and not yet taken. */
function earlyKeys() {
    return [...earlyRuns.keys()];
}
/**
 * Stop every command started early that no one took, and wait for those already being stopped; a start still
 * waiting (earlyStillWanted) keeps nothing. Resolves once they have all exited.
 */
async function discardEarly() {
    earlyEpoch++;
    await Promise.all([...discardEarlyKinds(), ...earlyStopping]);
}
/** Stop the commands of these kinds started early (every kind when none is named): the run will not ask for them. */
function discardEarlyKinds(kinds) {
    const stopping = [];
    for (const [key, run] of earlyRuns) {
        if (kinds && !kinds.includes(run.kind))
            continue;
        earlyRuns.delete(key);
        stopping.push(stopEarly(run));
    }
    return stopping;
}
/** Stop the commands of these kinds started early (`files`, `count`, `diff`): the run will not ask for them. */
async function dropEarly(kinds) {
    await Promise.all(discardEarlyKinds(kinds));
}
/** How often an unread GitOutput checks its file's size and git's time (see GitOutput.watch). */
const WATCH_EVERY_MS = 250;
/**
 * git processes writing to a file (GitOutput) that have not exited: killed when this process exits, so a diff still
 * written when the run ends (the run-wide deadline exits at once) does not outlive it.
 */
const liveChildren = new Set();
process.on('exit', () => {
    for (const child of liveChildren)
        child.kill('SIGKILL');
});
/** What streamGit reads at a time. */
const READ_CHUNK = 1024 * 1024;
/** How long streamGit's read loop runs (onData included) before it lets other I/O in. */
const YIELD_EVERY_MS = 10;


/***/ }),

/***/ 36688:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure)
/* harmony export */ });
/**
 * The narrow GitHub API surface collectors use. It never throws for an HTTP or network failure:
 * every call answers with the data or with a classified failure, so each collector can record
 * "unavailable, because …, fix by …" instead of crashing.
 */
/** A user-facing explanation of a failure, with the remedy a user can act on. */
function describeFailure(failure, what, permissionHint) {
    const base = `${what}: ${failure.route} answered ${failure.status ?? 'no response'} (${failure.message})`;
    const http_status = failure.status ?? undefined;
    switch (failure.kind) {
        case 'unauthorized':
            return { reason: base, remedy: 'The token was rejected (401). Pass a valid token in the github-token input.', http_status };
        case 'forbidden':
            return {
                reason: base,
                remedy: permissionHint ?? 'The token lacks a permission this read needs; grant it in the workflow `permissions:` block or use a token that has it.',
                http_status
            };
        case 'not_found':
            return {
                reason: base,
                remedy: permissionHint
                    ? `GitHub answers 404 both for missing resources and for ones the token may not see. ${permissionHint}`
                    : 'Check the repository and number, and that the token can read this repository (GitHub answers 404 for resources a token may not see).',
                http_status
            };
        case 'rate_limited':
            return {
                reason: base,
                remedy: 'GitHub rate limit reached and retries were exhausted; re-run the job later or use a token with a higher limit.',
                http_status
            };
        case 'server':
            return { reason: base, remedy: 'GitHub answered with a server error after retries; re-run the job.', http_status };
        case 'malformed':
            return { reason: base, remedy: 'GitHub answered with a body that is not valid JSON; re-run the job. If it persists, check GITHUB_API_URL.', http_status };
        case 'network':
            return {
                reason: base,
                remedy: 'The GitHub API could not be reached or did not answer in time; check GITHUB_API_URL and network, then re-run.',
                http_status
            };
        case 'refused':
            return {
                reason: base,
                remedy: 'GitHub (or something between the runner and GitHub) answered with a link away from the API origin; the gate does not follow it, so the token stays with GITHUB_API_URL. Check GITHUB_API_URL and any proxy, then re-run.',
                http_status
            };
        default:
            return { reason: base, remedy: 'See the message; re-run after fixing the request.', http_status };
    }
}


/***/ }),

/***/ 32968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ry: () => (/* binding */ blobBytes),
/* harmony export */   gr: () => (/* binding */ createFileReader),
/* harmony export */   oD: () => (/* binding */ BLOB_ROUTE),
/* harmony export */   te: () => (/* binding */ CONTENTS_ROUTE)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(36688);
/* harmony import */ var _git_objects_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(93517);
/* harmony import */ var _git_run_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22300);
/**
 * Read a file as it is at a commit: from the local checkout when it holds that commit (`git cat-file`),
 * else through the contents API at that ref. Never from the working tree, which the change under
 * judgement may have written. Used by the policy, CODEOWNERS, the secrets baseline and IaC.
 */



const CONTENTS_ROUTE = 'GET /repos/{owner}/{repo}/contents/{path}';
/** Files of 1 to 100 MB: the contents API answers their metadata only (encoding "none"), the blob by its SHA. */
const BLOB_ROUTE = 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}';
/** The bytes of a git blob as the blobs API answers it, or why it holds none (an encoding other than base64 or utf-8). */
function blobBytes(blob) {
    if (typeof blob.content !== 'string' || (blob.encoding !== 'base64' && blob.encoding !== 'utf-8')) {
        return { reason: `the blobs API answered encoding "${blob.encoding ?? 'none'}"` };
    }
    return Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8');
}
/** A reader with a cache per (ref, path): a judge of many changes reads each base's files once. */
function createFileReader(options) {
    const cache = new Map();
    const commits = new Map();
    const maxBytes = options.maxBytes ?? 3 * 1024 * 1024;
    const remedy = options.contentsRemedy ?? 'Give the token `contents: read` on this repository, or check out the base commit (actions/checkout with fetch-depth: 0).';
    /** Over the cap: reported by size (callers such as CODEOWNERS name GitHub's own limit from it). */
    function tooLarge(path, ref, bytes, source) {
        return {
            error: {
                reason: `${path} at ${ref.slice(0, 12)} is ${bytes} bytes, over the ${maxBytes}-byte limit`,
                remedy: 'Keep the file smaller.',
                too_large_bytes: bytes
            },
            source
        };
    }
    async function fromCheckout(dir, ref, path) {
        let present = commits.get(ref);
        if (!present)
            commits.set(ref, (present = (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .hasCommit */ .Q)(dir, ref)));
        if (!(await present))
            return null;
        const source = `git cat-file blob ${ref.slice(0, 12)}:${path}`;
        // Through the checkout's one batch (type, size and content in one answer); git the old way when it cannot answer.
        const object = await (0,_git_objects_js__WEBPACK_IMPORTED_MODULE_0__/* .readObject */ .A)(dir, `${ref}:${path}`, maxBytes);
        if (object !== null) {
            if (object.missing || object.type !== 'blob')
                return { found: false, source };
            if (object.content === undefined)
                return tooLarge(path, ref, object.size, source);
            return { found: true, text: object.content.toString('utf8'), source };
        }
        const type = await (0,_git_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(dir, ['cat-file', '-t', `${ref}:${path}`]);
        if (!type.ok)
            return { found: false, source };
        if (type.stdout.trim() !== 'blob')
            return { found: false, source };
        const size = await (0,_git_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(dir, ['cat-file', '-s', `${ref}:${path}`]);
        if (size.ok && Number(size.stdout.trim()) > maxBytes)
            return tooLarge(path, ref, Number(size.stdout.trim()), source);
        const blob = await (0,_git_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(dir, ['cat-file', 'blob', `${ref}:${path}`], { maxBuffer: maxBytes + 1024 });
        if (!blob.ok)
            return { error: { reason: `git could not read ${path} at ${ref.slice(0, 12)}: ${blob.stderr.trim().slice(0, 200)}`, remedy }, source };
        return { found: true, text: blob.stdout, source };
    }
    async function fromApi(api, ref, path) {
        const answer = await api.request(CONTENTS_ROUTE, { owner: options.owner, repo: options.repo, path, ref });
        if (!answer.ok) {
            if (answer.kind === 'not_found')
                return { found: false, source: CONTENTS_ROUTE };
            return { error: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .I)(answer, `Reading ${path} at ${ref.slice(0, 12)}`, remedy), source: CONTENTS_ROUTE };
        }
        const data = answer.data;
        if (Array.isArray(data) || (data.type && data.type !== 'file'))
            return { found: false, source: CONTENTS_ROUTE };
        if ((data.size ?? 0) > maxBytes)
            return tooLarge(path, ref, data.size ?? 0, CONTENTS_ROUTE);
        if (data.encoding === 'none' && typeof data.sha === 'string' && /^[0-9a-f]{40}$/.test(data.sha))
            return fromBlob(api, ref, path, data.sha);
        if (data.encoding !== 'base64' || typeof data.content !== 'string') {
            return {
                error: {
                    reason: `${path}: the contents API answered encoding "${data.encoding ?? 'none'}" without the file's blob SHA`,
                    remedy: 'Re-run; if it persists, check out the base commit (actions/checkout with fetch-depth: 0).'
                },
                source: CONTENTS_ROUTE
            };
        }
        return { found: true, text: Buffer.from(data.content, 'base64').toString('utf8'), source: CONTENTS_ROUTE };
    }
    /** GitHub's contents API gives files over 1 MB without content (encoding "none"): read the blob itself. */
    async function fromBlob(api, ref, path, sha) {
        const source = `${CONTENTS_ROUTE} + ${BLOB_ROUTE}`;
        const answer = await api.request(BLOB_ROUTE, { owner: options.owner, repo: options.repo, file_sha: sha });
        if (!answer.ok)
            return { error: (0,_github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .I)(answer, `Reading ${path} at ${ref.slice(0, 12)} (blob ${sha.slice(0, 12)}, over 1 MB)`, remedy), source };
        const blob = answer.data;
        if ((blob.size ?? 0) > maxBytes)
            return tooLarge(path, ref, blob.size ?? 0, source);
        const bytes = blobBytes(blob);
        if (!Buffer.isBuffer(bytes)) {
            return {
                error: { reason: `${path}: ${bytes.reason}`, remedy: 'Re-run; if it persists, check out the base commit (actions/checkout with fetch-depth: 0).' },
                source
            };
        }
        return { found: true, text: bytes.toString('utf8'), source };
    }
    async function read(ref, path) {
        if (options.checkoutDir) {
            const local = await fromCheckout(options.checkoutDir, ref, path);
            if (local)
                return local;
        }
        if (options.api)
            return fromApi(options.api, ref, path);
        return {
            error: {
                reason: `${path} at ${ref.slice(0, 12)} could not be read: the checkout does not hold that commit and there is no GitHub API access`,
                remedy: 'Check out with fetch-depth: 0, or pass a token in github-token.'
            },
            source: 'none'
        };
    }
    return {
        readAt(ref, path) {
            const key = `${ref}\u0000${path}`;
            let pending = cache.get(key);
            if (!pending)
                cache.set(key, (pending = read(ref, path)));
            return pending;
        }
    };
}


/***/ }),

/***/ 7915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ requirements)
/* harmony export */ });
const approvals = (p) => p.pull_request_required ? `${p.required_approving_review_count ?? 0} approval(s) required` : 'no pull request required';
function requirements(params) {
    const list = [];
    const n = params['min-approvals'];
    if (n > 0) {
        list.push({
            key: 'min-approvals',
            text: `a pull request with at least ${n} approval(s)`,
            satisfied: p => p.pull_request_required && (p.required_approving_review_count ?? 0) >= n,
            actual: approvals
        });
    }
    if (params['require-dismiss-stale-or-last-push']) {
        list.push({
            key: 'require-dismiss-stale-or-last-push',
            text: 'stale approvals dismissed on push, or approval of the most recent push',
            satisfied: p => p.dismiss_stale_reviews_on_push || p.require_last_push_approval,
            actual: p => `dismiss stale: ${p.dismiss_stale_reviews_on_push}, last-push approval: ${p.require_last_push_approval}`
        });
    }
    const flag = (key, text, field) => {
        if (params[key])
            list.push({ key, text, satisfied: p => p[field] === true, actual: p => `${String(field)}: ${String(p[field])}` });
    };
    flag('require-code-owner-review', 'code-owner review', 'require_code_owner_review');
    flag('require-last-push-approval', 'approval of the most recent push by someone else', 'require_last_push_approval');
    if (params['require-status-checks']) {
        list.push({
            key: 'require-status-checks',
            text: 'at least one required status check',
            satisfied: p => p.required_status_checks.length > 0,
            actual: p => (p.required_status_checks.length ? p.required_status_checks.map(c => c.context).join(', ') : 'no required checks')
        });
    }
    flag('forbid-force-push', 'force pushes blocked', 'blocks_force_push');
    flag('forbid-deletion', 'branch deletion blocked', 'blocks_deletion');
    flag('require-signed-commits', 'signed commits required', 'required_signatures');
    return list;
}


/***/ }),

/***/ 45255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ reviewsProblem),
/* harmony export */   BQ: () => (/* binding */ permissionQualifies),
/* harmony export */   Fp: () => (/* binding */ permissionOf),
/* harmony export */   Op: () => (/* binding */ DISQUALIFICATION_TEXT),
/* harmony export */   Up: () => (/* binding */ sameLogin),
/* harmony export */   VH: () => (/* binding */ permissionsRemedy),
/* harmony export */   YD: () => (/* binding */ reviewsAfterMerge),
/* harmony export */   bA: () => (/* binding */ judgeApproval),
/* harmony export */   gQ: () => (/* binding */ noPullRequest),
/* harmony export */   gj: () => (/* binding */ reviewerStates),
/* harmony export */   m4: () => (/* binding */ noreplyIdentity),
/* harmony export */   pJ: () => (/* binding */ contributors),
/* harmony export */   rl: () => (/* binding */ reviewsAtMerge),
/* harmony export */   w2: () => (/* binding */ isBot),
/* harmony export */   xF: () => (/* binding */ headSha),
/* harmony export */   zq: () => (/* binding */ loginForEmail)
/* harmony export */ });
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/** GitHub logins are case-insensitive. */
function sameLogin(a, b) {
    return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}
function isBot(user) {
    if (!user)
        return false;
    return user.type === 'Bot' || user.login.toLowerCase().endsWith('[bot]');
}
/** Login (and id) encoded in a GitHub noreply address: `ID+login@users.noreply.github.com` or `login@users.noreply.github.com`. */
function noreplyIdentity(email) {
    if (!email)
        return null;
    const m = /^(?:(\d+)\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\[bot\])?)@users\.noreply\.github\.com$/i.exec(email.trim());
    if (!m)
        return null;
    return m[1] ? { login: m[2], id: Number(m[1]) } : { login: m[2] };
}
/** Latest decisive review per user, in order of first appearance. Reviews without a user (deleted accounts) are skipped. */
function reviewerStates(reviews) {
    const byLogin = new Map();
    for (const review of reviews) {
        if (!review.user?.login)
            continue;
        const key = review.user.login.toLowerCase();
        let entry = byLogin.get(key);
        if (!entry) {
            entry = { login: review.user.login, user: review.user, state: null, review: null, approvedEarlier: false };
            byLogin.set(key, entry);
        }
        const state = String(review.state).toUpperCase();
        if (!DECISIVE.has(state))
            continue;
        if (entry.state === 'APPROVED')
            entry.approvedEarlier = true;
        entry.state = state;
        entry.review = review;
    }
    return [...byLogin.values()];
}
/**
 * The reviews a pull request had when it was merged: one submitted after `merged_at` gated nothing (GitHub merged
 * without it), so no control counts it as pre-merge review; a retrospective approval is change.emergency's to judge.
 * All reviews while the PR is open, and any whose time GitHub did not give.
 */
function reviewsAtMerge(record) {
    const after = submittedAfterMerge(record);
    return (record.reviews.value ?? []).filter(r => !after(r));
}
/** The record's reviews submitted after its pull request was merged, oldest first (none while it is open). */
function reviewsAfterMerge(record) {
    return (record.reviews.value ?? []).filter(submittedAfterMerge(record));
}
/** Whether a review was submitted after the record's pull request was merged (never, while it is open). */
function submittedAfterMerge(record) {
    const mergedAt = record.pull_request.value?.merged_at;
    const merged = mergedAt ? Date.parse(mergedAt) : NaN;
    return review => {
        const at = review.submitted_at ? Date.parse(review.submitted_at) : NaN;
        return !Number.isNaN(merged) && !Number.isNaN(at) && at > merged;
    };
}
/** Does a repository role let this person's approval count? role_name first, then the legacy permission. */
function permissionQualifies(perm) {
    if (!perm)
        return 'unknown';
    const role = perm.role_name?.toLowerCase();
    if (role) {
        if (role === 'admin' || role === 'maintain' || role === 'write')
            return 'yes';
        if (role === 'triage' || role === 'read' || role === 'none')
            return 'no';
        // custom role: fall through to its base permission
    }
    const p = perm.permission?.toLowerCase();
    if (p === 'admin' || p === 'maintain' || p === 'write')
        return 'yes';
    if (p === 'read' || p === 'triage' || p === 'none')
        return 'no';
    return 'unknown';
}
/** Permission facts of a login from the record: the facts, or null when not collected for that login. */
function permissionOf(record, login) {
    const perms = record.permissions.value;
    if (!perms)
        return null;
    if (perms[login])
        return perms[login];
    const key = Object.keys(perms).find(k => sameLogin(k, login));
    return key ? perms[key] : null;
}
function identityLogin(identity) {
    return identity.login ?? noreplyIdentity(identity.email)?.login ?? null;
}
function contributors(record) {
    const pr = record.pull_request.value;
    const commits = record.commits.value ?? [];
    const commitLogins = new Set();
    const emailToLogin = new Map();
    for (const c of commits) {
        for (const identity of [c.author, c.committer]) {
            const login = identityLogin(identity);
            if (login && login.toLowerCase() !== 'web-flow') {
                commitLogins.add(login.toLowerCase());
                if (identity.email)
                    emailToLogin.set(identity.email.toLowerCase(), login.toLowerCase());
            }
        }
    }
    const coAuthorLogins = new Set();
    const coAuthorIds = new Set();
    const unresolved = new Set();
    for (const c of commits) {
        for (const co of c.co_authors ?? []) {
            const email = co.email?.toLowerCase() ?? '';
            const noreply = noreplyIdentity(email);
            const login = noreply?.login.toLowerCase() ?? emailToLogin.get(email);
            if (noreply?.id !== undefined)
                coAuthorIds.add(noreply.id);
            if (login)
                coAuthorLogins.add(login);
            else
                unresolved.add(`${co.name} <${co.email}>`);
        }
    }
    let complete = true;
    let incompleteReason;
    if (!pr) {
        complete = false;
        incompleteReason = `pull request facts are ${record.pull_request.state}${record.pull_request.missing ? ` (${record.pull_request.missing.reason})` : ''}`;
    }
    else if (record.commits.state !== 'complete' || !record.commits.value) {
        complete = false;
        incompleteReason = `the PR's commits are ${record.commits.state}${record.commits.missing ? ` (${record.commits.missing.reason})` : ''}, so commit authors and co-authors are not all known`;
    }
    return {
        author: pr?.author.login ?? null,
        commitLogins,
        coAuthorLogins,
        coAuthorIds,
        unresolvedCoAuthors: [...unresolved],
        complete,
        incompleteReason
    };
}
const DISQUALIFICATION_TEXT = {
    bot: 'is a bot; bot approvals never count',
    'pr-author': 'is the pull request author',
    'commit-author': 'authored or committed a commit of this pull request',
    'co-author': 'is a Co-authored-by co-author of a commit of this pull request',
    stale: 'approved an earlier commit, not the head; a later push made the approval stale',
    'no-commit-id': 'approval does not say which commit it reviewed (commit_id is null), so it is treated as stale',
    permission: 'has a repository role below write (triage/read/none), so the approval does not count'
};
/** The head commit the PR is judged at. */
function headSha(record) {
    return record.subject.head_sha || record.pull_request.value?.head.sha || '';
}
/** Judge one reviewer whose latest decisive state is APPROVED. */
function judgeApproval(record, reviewer, who, options) {
    const review = reviewer.review;
    const login = reviewer.login;
    const reasons = [];
    const unknown = [];
    if (options.excludeBots && isBot(reviewer.user))
        reasons.push('bot');
    if (options.requireIndependence !== false) {
        if (sameLogin(login, who.author))
            reasons.push('pr-author');
        if (who.commitLogins.has(login.toLowerCase()))
            reasons.push('commit-author');
        if (who.coAuthorLogins.has(login.toLowerCase()) || (reviewer.user.id !== undefined && who.coAuthorIds.has(reviewer.user.id)))
            reasons.push('co-author');
        if (!who.complete && who.incompleteReason)
            unknown.push(`independence cannot be confirmed: ${who.incompleteReason}`);
    }
    else if (sameLogin(login, who.author)) {
        reasons.push('pr-author');
    }
    if (options.requireHeadCommit) {
        if (!review.commit_id)
            reasons.push('no-commit-id');
        else if (review.commit_id !== headSha(record))
            reasons.push('stale');
    }
    const permission = permissionOf(record, login);
    if (options.requirePermission !== false) {
        const q = permissionQualifies(permission);
        if (q === 'no')
            reasons.push('permission');
        else if (q === 'unknown') {
            const m = record.permissions.missing;
            unknown.push(permission
                ? `repository role "${permission.role_name ?? permission.permission}" is not recognised`
                : `repository permission of ${login} was not collected${m ? ` (${m.reason})` : ''}`);
        }
    }
    const counts = reasons.length > 0 ? 'no' : unknown.length > 0 ? 'unknown' : 'yes';
    return { login, review, counts, reasons, unknown, permission };
}
/** Reason the reviews group cannot be relied on, or null when complete. */
function reviewsProblem(record) {
    const r = record.reviews;
    if (r.state === 'complete' && r.value)
        return null;
    const defaultRemedy = 'Give the workflow token `pull-requests: read` so GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews is readable, then re-run.';
    if (r.state === 'partial' && r.value) {
        return {
            reason: `the PR's reviews were read only in part${r.missing ? ` (${r.missing.reason})` : ''}; a later review may have changed a reviewer's state`,
            remedy: r.missing?.remedy ?? defaultRemedy
        };
    }
    return {
        reason: `the PR's reviews are ${r.state}${r.missing ? `: ${r.missing.reason}` : ''}`,
        remedy: r.missing?.remedy ?? defaultRemedy
    };
}
/** Remedy for missing permission facts. */
function permissionsRemedy(record) {
    return (record.permissions.missing?.remedy ??
        "Let the token read each approver's role: GET /repos/{owner}/{repo}/collaborators/{username}/permission (GitHub App / fine-grained token: Metadata: read on the repository), then re-run.");
}
/** Whether the record judges a pull request at all (a direct push has none). */
function noPullRequest(record) {
    return record.subject.kind === 'push' && record.pull_request.state === 'not_collected';
}
/** Resolve an e-mail to a GitHub login using commit identities of the record and noreply addresses. */
function loginForEmail(record, email) {
    const noreply = noreplyIdentity(email);
    if (noreply)
        return noreply.login;
    const wanted = email.toLowerCase();
    for (const c of record.commits.value ?? []) {
        for (const identity of [c.author, c.committer]) {
            if (identity.email?.toLowerCase() === wanted && identity.login)
                return identity.login;
        }
    }
    return null;
}


/***/ }),

/***/ 16799:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  br: () => (/* binding */ digest),
  _Y: () => (/* binding */ stableJson),
  Mf: () => (/* binding */ writeBundle)
});

// UNUSED EXPORTS: BUNDLE_VERSION, bundleName

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/evidence/dir.ts
/**
 * The evidence directory, created without trusting the checkout. The workspace is the pull request's content:
 * a *file* named like the evidence directory, or a *symlink* there (or at any folder on the way), is the PR's
 * choice, not the user's. So each path component under the workspace is checked with lstat and created one at
 * a time; a symlink there is never followed and a non-directory is never written through. Node's recursive
 * mkdir is not used either: on some special file systems (/proc) it loops forever on ENOENT.
 */


/** The evidence directory cannot be used; the message is one sentence a user can act on. */
class EvidenceDirError extends Error {
    constructor(message) {
        super(message);
        this.name = 'EvidenceDirError';
    }
}
/** True when `path` is strictly inside `root` (both absolute). */
function inside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
}
function reasonOf(error) {
    const code = error?.code;
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'ENOENT':
            return 'the file system does not allow creating it';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        default:
            return code ?? error?.message ?? String(error);
    }
}
/**
 * Make sure `dir` exists as a real directory and return its absolute path. Components strictly inside
 * `workspace` must be directories, not symlinks (created when missing); components outside it (the
 * user's own paths, e.g. RUNNER_TEMP) may be symlinks to directories. Throws EvidenceDirError.
 */
async function ensureEvidenceDir(dir, workspace) {
    const target = (0,external_node_path_.resolve)(dir);
    const root = workspace ? (0,external_node_path_.resolve)(workspace) : null;
    const { root: fsRoot } = (0,external_node_path_.parse)(target);
    let current = fsRoot;
    for (const part of target.slice(fsRoot.length).split(external_node_path_.sep).filter(Boolean)) {
        const next = (0,external_node_path_.join)(current, part);
        const guarded = root !== null && inside(next, root);
        let info = await (0,promises_.lstat)(next).catch((error) => {
            if (error.code === 'ENOENT')
                return null;
            throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next}: ${reasonOf(error)}.`);
        });
        if (info === null) {
            try {
                await (0,promises_.mkdir)(next);
            }
            catch (error) {
                if (error.code !== 'EEXIST') {
                    throw new EvidenceDirError(`The evidence directory ${target} cannot be created: ${next}: ${reasonOf(error)}.`);
                }
            }
            info = await (0,promises_.lstat)(next).catch(() => null);
            if (!info?.isDirectory())
                throw new EvidenceDirError(`The evidence directory ${target} cannot be created: ${next} is not a directory.`);
            current = next;
            continue;
        }
        if (info.isSymbolicLink()) {
            if (guarded) {
                throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next} is a symbolic link inside the workspace, and evidence never follows one.`);
            }
            info = await (0,promises_.stat)(next).catch((error) => {
                throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next} is a symbolic link that cannot be followed (${reasonOf(error)}).`);
            });
        }
        if (!info.isDirectory()) {
            throw new EvidenceDirError(`The evidence directory ${target} cannot be used: ${next} exists and is not a directory.`);
        }
        current = next;
    }
    return target;
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/evidence/bundle.ts
/**
 * The evidence bundle: one folder per judged change, written atomically, with a manifest of SHA-256 digests.
 *
 *   <evidence-dir>/<owner>-<repo>-pr<N>-<sha7>/
 *     record.json    the change record (facts)
 *     policy.json    the resolved policy that judged it (and the digests of its source files)
 *     results.json   the verdicts and the gate result
 *     summary.md     the human summary
 *     manifest.json  digests of the files above, tool version, policy digest
 */





const BUNDLE_VERSION = 1;
function digest(content) {
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
function bundleName(record) {
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
    const pr = record.pull_request.value?.number ?? record.subject.pull_request_number;
    const sha = record.subject.head_sha ? record.subject.head_sha.slice(0, 7) : 'unknown';
    const what = pr ? `pr${pr}` : record.subject.kind === 'push' ? 'push' : 'pr-unknown';
    return `${safe(record.repository.owner)}-${safe(record.repository.name)}-${what}-${safe(sha)}`;
}
/** JSON with sorted object keys, so equal content gives equal digests. */
function stableJson(value) {
    return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v) : v), 2) + '\n';
}
function sortKeys(o) {
    return Object.fromEntries(Object.keys(o)
        .sort()
        .map(k => [k, o[k]]));
}
/**
 * Write the bundle into a temporary folder and rename it into place, replacing an earlier run's. When the
 * evidence directory cannot be used (a file or symlink planted by the change, no permission …), the bundle
 * is written under `location.fallbackDir` with a warning in results.json and in `warnings`; without a
 * fallback, an EvidenceDirError with one clear sentence is thrown.
 */
async function writeBundle(evidenceDir, parts, extraFiles = {}, location = {}) {
    try {
        return await writeBundleIn(await ensureEvidenceDir(evidenceDir, location.workspace ?? null), parts, extraFiles, []);
    }
    catch (error) {
        const problem = error instanceof EvidenceDirError
            ? error.message
            : `The evidence directory ${evidenceDir} could not be written: ${error?.message ?? String(error)}.`;
        if (!location.fallbackDir)
            throw error instanceof EvidenceDirError ? error : new EvidenceDirError(problem);
        const fallback = (0,external_node_path_.join)(location.fallbackDir, 'compliance-evidence');
        const warning = `${problem} The evidence was written to ${fallback} instead.`;
        const results = { ...parts.results, warnings: [...parts.results.warnings, warning] };
        return writeBundleIn(await ensureEvidenceDir(fallback, null), { ...parts, results }, extraFiles, [warning]);
    }
}
async function writeBundleIn(evidenceDir, parts, extraFiles, warnings) {
    const name = bundleName(parts.record);
    const finalDir = (0,external_node_path_.join)(evidenceDir, name);
    // A fresh directory of our own (mkdtemp never reuses or follows an existing entry).
    const tmpDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(evidenceDir, `.${name}.tmp-`));
    const contents = {
        'record.json': stableJson(parts.record),
        'policy.json': stableJson(parts.policy ?? { error: 'no policy could be loaded' }),
        'results.json': stableJson(parts.results),
        'summary.md': parts.summary,
        ...extraFiles
    };
    const files = [];
    for (const [file, text] of Object.entries(contents)) {
        await (0,promises_.writeFile)((0,external_node_path_.join)(tmpDir, file), text);
        files.push({ path: file, sha256: digest(text), bytes: Buffer.byteLength(text) });
    }
    const manifest = {
        bundle_version: BUNDLE_VERSION,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        created_at: parts.results.evaluated_at,
        subject: parts.results.subject,
        result: parts.results.result,
        policy: { sha256: digest(contents['policy.json']), sources: parts.policy?.sources ?? [] },
        files
    };
    const manifestText = stableJson(manifest);
    await (0,promises_.writeFile)((0,external_node_path_.join)(tmpDir, 'manifest.json'), manifestText);
    const old = `${finalDir}.old-${process.pid}-${Date.now()}`;
    let moved = false;
    try {
        await (0,promises_.rename)(finalDir, old);
        moved = true;
    }
    catch {
        // no earlier bundle
    }
    await (0,promises_.rename)(tmpDir, finalDir);
    if (moved)
        await (0,promises_.rm)(old, { recursive: true, force: true });
    return { dir: finalDir, manifestSha256: digest(manifestText), manifest, warnings };
}


/***/ }),

/***/ 93326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export visible */
/**
 * Escaping of text that comes from the pull request or the repository (titles, file names, branch names,
 * messages quoting them), one function per output channel. Nothing the PR writes may start a new line,
 * open a heading, a link, an image, a mention or an HTML tag, or issue a workflow command.
 *
 * - `visible`: every control character (C0, DEL, C1, line/paragraph separators, bidi overrides) becomes a
 *   visible stand-in, so a bare carriage return cannot start a line anywhere (CLI stdout, logs, JSON-less text).
 * - `md`: Markdown inline text (job summary, check-run output, PR comment, SARIF markdown): `visible`, then
 *   URLs, www. names, e-mail addresses and @mentions go into code spans (never linked, never notifying),
 *   and every other Markdown/HTML meta character is backslash-escaped.
 * - `plain`: plain-text channels (annotation messages and titles, SARIF text, CLI lines): `visible` only.
 */
/** C0 controls → the Unicode "Control Pictures" (␍ ␊ ␉ …); others → `<U+XXXX>` spelled out. */
function visible(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, c => {
        const code = c.charCodeAt(0);
        if (code < 0x20)
            return String.fromCharCode(0x2400 + code);
        if (code === 0x7f)
            return '\u2421';
        return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    });
}
/** Plain text for one line: control characters made visible, capped. */
function plain(text, max = 4000) {
    return truncate(visible(text), max);
}
// Tokens that Markdown (GitHub Flavored) would turn into links or mentions, kept verbatim inside code spans.
const LINKISH = /(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:\/\/[^\s`|]+|www\.[^\s`|]+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?<![A-Za-z0-9_`])@[A-Za-z0-9][A-Za-z0-9_/-]*)/g;
/**
 * Backslash-escape the ASCII punctuation Markdown or GFM treats as syntax anywhere in a line (emphasis, code,
 * links and images, HTML and entities, tables, strikethrough, headings, math), and the block markers that
 * matter only at the start of a line (lists, quotes, setext underlines).
 */
function escapeMarkdownText(text, atLineStart) {
    const escaped = text.replace(/[\\`*_[\]<>#|~!&$]/g, c => `\\${c}`);
    return atLineStart
        ? escaped.replace(/^(\s*)([-+=>]|\d+[.)])/, (_m, s, marker) => `${s}${marker.replace(/[-+=>.)]/, c => `\\${c}`)}`)
        : escaped;
}
/**
 * Markdown inline text from an untrusted source: one line (table cells, list items), no links, images,
 * autolinks, mentions, HTML or headings. Capped at `max` characters (before escaping).
 */
function md(text, max = 500) {
    const line = truncate(visible(text), max);
    let out = '';
    let last = 0;
    for (const m of line.matchAll(LINKISH)) {
        out += escapeMarkdownText(line.slice(last, m.index), last === 0) + `\`${m[0]}\``;
        last = (m.index ?? 0) + m[0].length;
    }
    return out + escapeMarkdownText(line.slice(last), last === 0);
}
/** Inline code for a value we show verbatim (a path, an id): backticks inside are made harmless. */
function code(text, max = 300) {
    const t = truncate(visible(text), max).replace(/`/g, 'ˋ').replace(/\|/g, '¦');
    return `\`${t}\``;
}
function truncate(text, max) {
    return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}


/***/ }),

/***/ 65276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ runFactsFromEnv),
/* harmony export */   By: () => (/* binding */ verifyDsseSignature),
/* harmony export */   K8: () => (/* binding */ keylessFromEnv),
/* harmony export */   LX: () => (/* binding */ loadVerificationKey),
/* harmony export */   OM: () => (/* binding */ signBundle),
/* harmony export */   QX: () => (/* binding */ KEY_ATTESTATION_FILE),
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   jd: () => (/* binding */ SIGSTORE_ATTESTATION_FILE),
/* harmony export */   kM: () => (/* binding */ DSSE_PAYLOAD_TYPE),
/* harmony export */   pq: () => (/* binding */ ATTESTATION_FILES),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony exports SigningError, buildPredicate, buildStatement, keyIdOf, loadSigningKey, signWithKey, PUBLIC_GOOD, githubInstance, signKeyless, subjectsOf, readSigningKeyFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(16799);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(311);
/**
 * Signed evidence: an in-toto Statement v1 about the bundle's files, wrapped in a DSSE envelope, signed
 * with a key (ECDSA P-256 or Ed25519) or keyless through Sigstore (the workflow's OIDC identity).
 *
 * What is signed, and how it fits the manifest (see docs/evidence.md):
 *   - The statement's subjects are the bundle's content files (every file the manifest lists before
 *     signing: record.json, policy.json, results.json, summary.md …) with the SHA-256 of the bytes on disk.
 *   - The predicate repeats what the manifest asserts (change, gate result, policy digest, tool) and adds the
 *     workflow run, so nothing the manifest says is left unsigned.
 *   - The attestation is written as attestation.dsse.json (key) or attestation.sigstore.json (keyless), then
 *     listed in manifest.json (files[] and `attestation`), and manifest.json is rewritten: its digest — the
 *     `manifest-sha256` output — changes once, after signing. The manifest is an index; the signature does not
 *     cover it, but every claim in it is checked against the signed statement by `verify`.
 *
 * Signing never fails the gate: signBundle returns `{ signed: false, reason }` instead of throwing.
 * Heavy Sigstore libraries are imported only when a keyless signature is made or checked.
 */





const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const PREDICATE_TYPE = 'https://compliance-gate.dev/attestations/change-evidence/v1';
const DSSE_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const KEY_ATTESTATION_FILE = 'attestation.dsse.json';
const SIGSTORE_ATTESTATION_FILE = 'attestation.sigstore.json';
const ATTESTATION_FILES = [KEY_ATTESTATION_FILE, SIGSTORE_ATTESTATION_FILE];
class SigningError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SigningError';
    }
}
function runFactsFromEnv(env) {
    const inActions = env.GITHUB_ACTIONS === 'true';
    const v = (name) => (inActions && env[name]?.trim()) || null;
    return {
        kind: inActions ? 'github-actions' : 'cli',
        id: v('GITHUB_RUN_ID'),
        attempt: v('GITHUB_RUN_ATTEMPT'),
        workflow_ref: v('GITHUB_WORKFLOW_REF'),
        repository: v('GITHUB_REPOSITORY'),
        event_name: v('GITHUB_EVENT_NAME'),
        server_url: v('GITHUB_SERVER_URL')
    };
}
function buildPredicate(manifest, results, run) {
    return {
        change: {
            repository: results.subject.repository,
            pull_request: results.subject.pull_request ?? null,
            kind: results.subject.kind,
            head_sha: results.subject.head_sha,
            base_ref: results.subject.base_ref,
            base_sha: results.subject.base_sha ?? null
        },
        gate: {
            result: results.result,
            mode: results.mode,
            evaluated_at: results.evaluated_at,
            failed_controls: results.failed_controls,
            not_verified_controls: results.not_verified_controls
        },
        policy: { sha256: manifest.policy.sha256 },
        tool: { name: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_NAME */ .l, version: _version_js__WEBPACK_IMPORTED_MODULE_4__/* .TOOL_VERSION */ .w },
        run,
        bundle: { bundle_version: manifest.bundle_version, created_at: manifest.created_at }
    };
}
function buildStatement(subjects, predicate) {
    return { _type: STATEMENT_TYPE, subject: subjects, predicateType: PREDICATE_TYPE, predicate };
}
/** DSSE pre-authentication encoding: what is actually signed. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function algorithmOf(key) {
    if (key.asymmetricKeyType === 'ed25519')
        return 'ed25519';
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
        return 'ecdsa-p256';
    return null;
}
/** keyid: SHA-256 of the public key's DER SubjectPublicKeyInfo, hex (what `verify` prints and compares). */
function keyIdOf(publicKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex');
}
/** Parse a PEM private key. Errors never quote the key. */
function loadSigningKey(pem) {
    let privateKey;
    try {
        privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch (error) {
        const code = error.code ?? '';
        if (/PASSPHRASE|DECRYPT/i.test(code) || /passphrase/i.test(error.message))
            throw new SigningError('The signing key is encrypted; give an unencrypted PEM private key (keep it in a secret).');
        throw new SigningError('The signing key is not a PEM private key (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----").');
    }
    const algorithm = algorithmOf(privateKey);
    if (!algorithm)
        throw new SigningError(`The signing key is ${privateKey.asymmetricKeyType ?? 'unknown'}${privateKey.asymmetricKeyDetails?.namedCurve ? ` (${privateKey.asymmetricKeyDetails.namedCurve})` : ''}; use ECDSA P-256 or Ed25519.`);
    return { privateKey, keyid: keyIdOf((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(privateKey)), algorithm };
}
/** Parse a PEM public key (a private key is accepted too: its public half is used). */
function loadVerificationKey(pem) {
    let publicKey;
    try {
        publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw new SigningError('The verification key is not a PEM public key (expected "-----BEGIN PUBLIC KEY-----").');
    }
    const algorithm = algorithmOf(publicKey);
    if (!algorithm)
        throw new SigningError('The verification key is neither ECDSA P-256 nor Ed25519.');
    return { publicKey, keyid: keyIdOf(publicKey), algorithm };
}
function rawSign(key, data) {
    return key.algorithm === 'ed25519' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, data, key.privateKey) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', data, { key: key.privateKey, dsaEncoding: 'der' });
}
function verifyDsseSignature(publicKey, algorithm, data, signature) {
    try {
        return algorithm === 'ed25519'
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, data, publicKey, signature)
            : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', data, { key: publicKey, dsaEncoding: 'der' }, signature);
    }
    catch {
        return false;
    }
}
function signWithKey(statement, key) {
    const payload = Buffer.from(JSON.stringify(statement), 'utf8');
    const sig = rawSign(key, pae(DSSE_PAYLOAD_TYPE, payload));
    return { payloadType: DSSE_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyid: key.keyid, sig: sig.toString('base64') }] };
}
const PUBLIC_GOOD = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
/** GitHub's own Sigstore instance, used for private and internal repositories (as actions/attest does). */
function githubInstance(serverUrl = 'https://github.com') {
    let host = new URL(serverUrl).hostname;
    if (host === 'github.com')
        host = 'githubapp.com';
    return { fulcioURL: `https://fulcio.${host}`, tsaURL: `https://timestamp.${host}` };
}
/** Sign the statement with a short-lived Fulcio certificate; returns the Sigstore bundle as JSON. */
async function signKeyless(statement, options) {
    const sigstore = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(26), __nccwpck_require__.e(917), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 15179));
    const { bundleToJSON } = await Promise.all(/* import() */[__nccwpck_require__.e(654), __nccwpck_require__.e(40)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61040));
    const timeout = options.timeoutMs ?? 10_000;
    const retry = options.retries ?? 2;
    const signer = new sigstore.FulcioSigner({
        identityProvider: { getToken: options.getToken },
        fulcioBaseURL: options.endpoints.fulcioURL,
        timeout,
        retry
    });
    const witnesses = [];
    if (options.endpoints.rekorURL)
        witnesses.push(new sigstore.RekorWitness({
            rekorBaseURL: options.endpoints.rekorURL,
            entryType: options.rekorEntryType ?? 'dsse',
            fetchOnConflict: true,
            timeout,
            retry
        }));
    if (options.endpoints.tsaURL)
        witnesses.push(new sigstore.TSAWitness({ tsaBaseURL: options.endpoints.tsaURL, timeout, retry }));
    const builder = new sigstore.DSSEBundleBuilder({ signer, witnesses });
    const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement), 'utf8'), type: DSSE_PAYLOAD_TYPE });
    return bundleToJSON(bundle);
}
/** Digest the files the manifest lists, from disk, as statement subjects (the attestation itself excluded). */
async function subjectsOf(dir, manifest) {
    const subjects = [];
    for (const f of manifest.files) {
        if (ATTESTATION_FILES.includes(f.path))
            continue;
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, f.path));
        const sha256 = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .digest */ .br)(bytes);
        if (sha256 !== f.sha256)
            throw new SigningError(`${f.path} changed after the manifest was written; not signing it.`);
        subjects.push({ name: f.path, digest: { sha256 } });
    }
    return subjects;
}
/**
 * Sign a bundle already written to `dir`: write the attestation next to its files, list it in the manifest
 * and rewrite the manifest. Never throws: a bundle that cannot be signed stays as it was, with the reason.
 * Exported for every caller that writes bundles (action, check, demo, audit).
 */
async function signBundle(dir, request) {
    const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'manifest.json');
    const manifestText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(manifestPath, 'utf8');
    const manifest = JSON.parse(manifestText);
    const unsigned = (reason) => ({ signed: false, reason, manifestSha256: (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .digest */ .br)(manifestText), manifest });
    if (request.mode === 'off')
        return unsigned('signing is off (sign: off)');
    const useKey = request.mode === 'key' || (request.mode === 'auto' && Boolean(request.keyPem));
    if (useKey && !request.keyPem)
        return unsigned("sign is 'key' but no signing key was given (input signing-key / --signing-key)");
    if (!useKey && !request.keyless)
        return unsigned(request.mode === 'keyless'
            ? 'keyless signing needs a GitHub Actions OIDC token (permissions: id-token: write); none is available here (e.g. a pull request from a fork)'
            : 'no signing key and no OIDC token: add permissions id-token: write for keyless signing, or give a signing-key (fork pull requests get no OIDC token)');
    let written = null;
    try {
        if (manifest.attestation || manifest.files.some(f => ATTESTATION_FILES.includes(f.path)))
            return unsigned('the bundle is already signed');
        const results = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'results.json'), 'utf8'));
        const statement = buildStatement(await subjectsOf(dir, manifest), buildPredicate(manifest, results, request.run ?? runFactsFromEnv(process.env)));
        let file;
        let text;
        let sigstoreBundle;
        let identity;
        if (useKey) {
            const key = loadSigningKey(request.keyPem);
            file = KEY_ATTESTATION_FILE;
            text = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .stableJson */ ._Y)(signWithKey(statement, key));
            identity = `key ${key.keyid.slice(0, 16)}… (${key.algorithm})`;
        }
        else {
            sigstoreBundle = await signKeyless(statement, request.keyless);
            file = SIGSTORE_ATTESTATION_FILE;
            text = JSON.stringify(sigstoreBundle, null, 2) + '\n';
            identity = `Sigstore (${new URL(request.keyless.endpoints.fulcioURL).host})`;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file), text);
        written = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file);
        const signedManifest = {
            ...manifest,
            files: [...manifest.files, { path: file, sha256: (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .digest */ .br)(text), bytes: Buffer.byteLength(text) }],
            attestation: { path: file, kind: useKey ? 'dsse' : 'sigstore', predicate_type: PREDICATE_TYPE, subjects: statement.subject.map(s => s.name) }
        };
        const signedText = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .stableJson */ ._Y)(signedManifest);
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.manifest.json.tmp-${process.pid}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, signedText);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, manifestPath);
        return {
            signed: true,
            reason: `signed with ${identity}`,
            kind: useKey ? 'key' : 'keyless',
            file,
            manifestSha256: (0,_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .digest */ .br)(signedText),
            manifest: signedManifest,
            sigstoreBundle
        };
    }
    catch (error) {
        if (written)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(written, { force: true }).catch(() => undefined);
        return unsigned(`signing failed: ${error.message}`);
    }
}
/**
 * Keyless options on GitHub Actions, or null when the job has no OIDC token (no `id-token: write`, or a
 * pull request from a fork). Public repositories sign with the public-good instance (the signing identity —
 * repository and workflow — is then recorded in the public Rekor log); private and internal ones with
 * GitHub's instance.
 */
function keylessFromEnv(env, visibility, getToken) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        return null;
    const endpoints = visibility === 'public' ? PUBLIC_GOOD : githubInstance(env.GITHUB_SERVER_URL || 'https://github.com');
    return { endpoints, getToken: () => getToken('sigstore') };
}
/** Read a --signing-key FILE for the CLI: the error names the file, never its content. */
async function readSigningKeyFile(path) {
    let pem;
    try {
        pem = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new SigningError(`--signing-key ${path} cannot be read (${error.code ?? 'error'}).`);
    }
    loadSigningKey(pem);
    return pem;
}


/***/ }),

/***/ 20797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   CL: () => (/* binding */ mappingText),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   kb: () => (/* binding */ ICON)
/* harmony export */ });
/* unused harmony exports firstSentence, policyLine, servedSection */
/* harmony import */ var _model_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47088);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(16799);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(93326);



const ICON = { pass: '✅', fail: '❌', not_verified: '⚠️', not_applicable: '➖' };
const LABEL = { pass: 'pass', fail: 'fail', not_verified: 'not verified', not_applicable: 'not applicable' };
/** One Markdown table cell / list item from untrusted text: single line, escaped, ≤ 500 characters. */
function cell(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__.md)(text, 500);
}
function effectNote(v) {
    if (v.effect === 'blocking')
        return ' (blocks)';
    if (v.effect === 'warning')
        return ' (warning)';
    return '';
}
/**
 * The first sentence of a reason (outside parentheses). A passing row reads like a pass: the detail (e.g. which
 * sources could not be read) stays in results.json and the control's section.
 */
function firstSentence(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '(')
            depth++;
        else if (c === ')')
            depth = Math.max(0, depth - 1);
        else if (c === '.' && depth === 0 && (i === text.length - 1 || text[i + 1] === ' ') && !/\d/.test(text[i - 1] ?? ''))
            return text.slice(0, i + 1);
    }
    return text;
}
/** The framework requirement ids a verdict maps to, as `SOC 2 CC8.1 · ISO 27001 A.8.32`. */
function mappingText(v) {
    return v.mappings.map(m => `${m.framework} ${m.controls.join(', ')}`).join(' · ');
}
/** Findings' remedies that differ from the control's (so a remedy appears once per failure). */
function findingRemedy(v, remedy) {
    return remedy && remedy !== v.remedy ? ` — ${cell(remedy)}` : '';
}
function policyLine(policy, mode) {
    if (!policy)
        return `Policy: none could be loaded · mode ${mode}`;
    const sources = policy.sources.map(s => `${s.bundled ? 'bundled ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.path)}${s.ref ? ` at ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.ref.slice(0, 12))}` : ''}`).join(' + ');
    return `Policy: ${sources || 'bundled default'} · sha256 \`${(0,_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .digest */ .br)((0,_bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .stableJson */ ._Y)(policy)).slice(0, 16)}…\` · mode ${mode}${mode === 'report' ? ' (never blocks)' : ''}`;
}
function renderSummary(record, results, context = {}) {
    const pr = record.pull_request.value;
    const perControl = context.findingsPerControl ?? 50;
    const lines = [];
    const headline = results.result === 'pass' ? '✅ passed' : results.result === 'fail' ? '❌ failed' : '💥 error';
    const what = pr ? `PR #${pr.number} — ${cell(pr.title)}` : record.subject.kind === 'push' ? `push to ${cell(record.subject.base_ref)}` : 'change';
    lines.push(`## compliance-gate: ${headline}`, '');
    lines.push(`**${cell(record.repository.full_name)}** ${what} at \`${record.subject.head_sha.slice(0, 7).replace(/[^0-9a-f]/g, '') || 'unknown'}\`${results.mode === 'report' ? ' · report mode (never blocks)' : ''}`, '');
    const c = results.counts;
    lines.push(`${c.pass} passed · ${c.fail} failed · ${c.not_verified} not verified · ${c.not_applicable} not applicable`, '');
    if (context.policy !== undefined)
        lines.push(policyLine(context.policy, results.mode), '');
    if (results.errors.length > 0) {
        lines.push('### Errors', '');
        for (const e of results.errors)
            lines.push(`- ${cell(e)}`);
        lines.push('');
    }
    for (const note of results.policy_notes ?? [])
        lines.push(`> **Policy:** ${cell(note)}`, '');
    if (results.verdicts.length > 0) {
        lines.push('| | Control | Verdict | Why | Maps to |', '|---|---|---|---|---|');
        for (const v of results.verdicts) {
            const why = v.status === 'pass' || v.status === 'not_applicable' ? firstSentence(v.reason) : v.reason;
            lines.push(`| ${ICON[v.status]} | \`${v.control}\` ${cell(v.title)} | ${LABEL[v.status]}${effectNote(v)}${v.waived ? ' (waived)' : ''} | ${cell(why)} | ${cell(mappingText(v))} |`);
        }
        lines.push('');
    }
    const attention = results.verdicts.filter(v => v.status === 'fail' || v.status === 'not_verified');
    for (const v of attention) {
        lines.push(`### ${ICON[v.status]} \`${v.control}\`: ${LABEL[v.status]}`, '', cell(v.reason), '');
        if (v.remedy)
            lines.push(`**What to do:** ${cell(v.remedy)}`, '');
        // The most severe first (a critical key before fifty high-severity ids), else in the control's order (sort is stable).
        const rank = (f) => (f.severity ? _model_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[f.severity] : -1);
        const items = v.findings.filter(f => f.status === 'fail' || f.status === 'not_verified').sort((a, b) => rank(b) - rank(a));
        for (const f of items.slice(0, perControl)) {
            const where = f.location ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(`${f.location.path}${f.location.line ? `:${f.location.line}` : ''}`)}` : '';
            lines.push(`- ${ICON[f.status]}${where} ${cell(f.message)}${findingRemedy(v, f.remedy)}`);
        }
        if (items.length > perControl)
            lines.push(`- … and ${items.length - perControl} more (see results.json)`);
        if (items.length > 0)
            lines.push('');
    }
    lines.push(...servedSection(results));
    if (record.truncated.length > 0) {
        lines.push('**Truncated:** ' + record.truncated.map(t => cell(`${t.what}: ${t.reason}`)).join('; '), '');
    }
    lines.push(`API calls: ${record.api_calls.length} · collected ${record.collected_at} · ${results.tool.name} ${results.tool.version}`);
    if (context.bundle)
        lines.push('', `Evidence: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(context.bundle.dir, 1000)} · manifest sha256 \`${context.bundle.manifestSha256}\``);
    return lines.join('\n') + '\n';
}
/**
 * Framework requirements: "served" lists only requirements all of whose mapped controls passed (or did not
 * apply, with at least one pass); the others are named as not served, with the controls that hold them back.
 */
function servedSection(results) {
    const byRequirement = new Map();
    for (const v of results.verdicts) {
        for (const m of v.mappings) {
            for (const id of m.controls) {
                const key = `${m.framework}\u0000${id}`;
                const entry = byRequirement.get(key) ?? { framework: m.framework, id, statuses: [] };
                entry.statuses.push({ control: v.control, status: v.status });
                byRequirement.set(key, entry);
            }
        }
    }
    if (byRequirement.size === 0)
        return [];
    const served = new Map();
    const notServed = new Map();
    for (const r of byRequirement.values()) {
        const open = r.statuses.filter(s => s.status === 'fail' || s.status === 'not_verified');
        const passed = r.statuses.some(s => s.status === 'pass');
        if (open.length === 0 && passed)
            served.set(r.framework, [...(served.get(r.framework) ?? []), r.id]);
        else if (open.length > 0)
            notServed.set(r.framework, [...(notServed.get(r.framework) ?? []), `${r.id} (${open.map(o => o.control).join(', ')})`]);
    }
    const lines = ['<details><summary>Framework requirements</summary>', ''];
    for (const [framework, ids] of served)
        lines.push(`- **${cell(framework)}** served: ${ids.sort().map(cell).join(', ')}`);
    for (const [framework, ids] of notServed)
        lines.push(`- **${cell(framework)}** not served: ${ids.sort().map(cell).join(', ')}`);
    if (served.size === 0 && notServed.size === 0)
        lines.push('- none: no mapped control applied to this change');
    lines.push('', '</details>', '');
    return lines;
}


/***/ }),

/***/ 86703:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ BRANCH_RULES_KEY),
/* harmony export */   Ez: () => (/* binding */ CLASSIC_PROTECTION_REMEDY),
/* harmony export */   d: () => (/* binding */ branchRulesOf)
/* harmony export */ });
const BRANCH_RULES_KEY = 'branch_rules';
/** The branch_rules facts of a record, or null when the collector did not run / produced nothing. */
function branchRulesOf(record) {
    const group = record.facts?.[BRANCH_RULES_KEY];
    return group?.value ?? null;
}
/** The remedy for classic protection that the token may not read. */
const CLASSIC_PROTECTION_REMEDY = 'Classic branch protection needs Administration: read; the workflow GITHUB_TOKEN cannot have it — pass a ' +
    'fine-grained PAT or GitHub App token with Administration: read as github-token, or move the protection ' +
    'into a repository ruleset (readable with the default token)';


/***/ }),

/***/ 96292:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ CODEOWNERS_LOCATIONS),
/* harmony export */   r: () => (/* binding */ teamKey)
/* harmony export */ });
/**
 * Facts about the CODEOWNERS file, stored as `record.facts.codeowners` (a Collected<CodeownersFacts>).
 * The raw file text is not stored; its rules, errors and SHA-256 are.
 */
/** The CODEOWNERS locations GitHub searches, in order; the first found wins. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Key of a team in CodeownersFacts.teams. */
function teamKey(org, slug) {
    return `${org}/${slug}`.toLowerCase();
}
/** Facts of the `codeowners` group: the CODEOWNERS file at the base commit, parsed, and team facts. */


/***/ }),

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ readableRecord),
/* harmony export */   My: () => (/* binding */ complete),
/* harmony export */   bp: () => (/* binding */ READABLE_RECORD_VERSIONS),
/* harmony export */   cE: () => (/* binding */ RECORD_SCHEMA_ID),
/* harmony export */   h4: () => (/* binding */ notCollected),
/* harmony export */   hU: () => (/* binding */ unavailable),
/* harmony export */   hl: () => (/* binding */ RECORD_VERSION)
/* harmony export */ });
/**
 * The change record: every fact the controls may look at, collected once, plain JSON.
 *
 * Each group of facts is a `Collected<T>`: either the value with where it came from, or the reason it
 * could not be read and what would fix that. Controls never see an API or a checkout, only this record,
 * so an auditor can re-run every verdict from record.json alone.
 */
const RECORD_SCHEMA_ID = 'https://compliance-gate.dev/schemas/change-record/v2.json';
/** 2: fact groups are typed fields of `facts` (v1 kept them in an untyped `extra`). */
const RECORD_VERSION = 2;
/** Record versions this tool can read (verify re-performs both). */
const READABLE_RECORD_VERSIONS = [1, 2];
/**
 * A record as the current controls read it. Version 1 kept the fact groups (branch rules, checks, CODEOWNERS,
 * secrets, IaC, push …) under `extra`; version 2 names them under `facts`. The groups' own shapes did not change,
 * so a v1 record is read by moving them; everything else is the same. Other versions are returned as they are
 * (the caller refuses them by `record_version`).
 */
function readableRecord(raw) {
    const r = raw;
    if (!r || typeof r !== 'object' || r.record_version !== 1 || r.facts !== undefined || !r.extra || typeof r.extra !== 'object')
        return r;
    const { extra, ...rest } = r;
    return { ...rest, facts: extra };
}
/** Build an unavailable group with its reason. */
function unavailable(missing, sources = []) {
    return { state: 'unavailable', value: null, sources, missing };
}
function complete(value, sources) {
    return { state: 'complete', value, sources };
}
function notCollected(reason) {
    return { state: 'not_collected', value: null, sources: [], missing: { reason } };
}


/***/ }),

/***/ 47088:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SEVERITY_RANK)
/* harmony export */ });
/** Severities in order: the higher the rank, the more severe. */
const SEVERITY_RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };


/***/ }),

/***/ 78563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ cleanPolicyPath),
/* harmony export */   l: () => (/* binding */ DEFAULT_POLICY_PATH)
/* harmony export */ });
/** Where a repository keeps its policy. A module of its own so the settings can name it without loading the policy loader. */
const DEFAULT_POLICY_PATH = '.github/compliance-gate.yml';
/**
 * The policy input as a clean repository path (`./` and backslashes normalised), or null when it is not a path
 * inside the repository (absolute, empty, `..` or empty segments). Light on purpose: the engine uses it to start
 * reading the policy at the base commit beside the first request, before the policy loader is loaded.
 */
function cleanPolicyPath(path) {
    const clean = path.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    if (!clean || clean.startsWith('/') || clean.split('/').some(s => s === '..' || s === ''))
        return null;
    return clean;
}


/***/ }),

/***/ 96740:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ WORKFLOW_ANNOTATION_LIMIT),
/* harmony export */   Hm: () => (/* binding */ locatedFindings),
/* harmony export */   TT: () => (/* binding */ selectAnnotations),
/* harmony export */   qF: () => (/* binding */ annotationTitle),
/* harmony export */   rG: () => (/* binding */ CHECK_RUN_ANNOTATION_LIMIT)
/* harmony export */ });
/* unused harmony export levelOf */
/* harmony import */ var _model_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47088);

/** Annotations a check run carries at most (documented in the README). */
const CHECK_RUN_ANNOTATION_LIMIT = 1000;
/** Workflow-command annotations at most (GitHub shows 50 per job, 10 errors and 10 warnings per step). */
const WORKFLOW_ANNOTATION_LIMIT = 50;
function rank(l) {
    // Most severe first; a finding without a severity between medium and low.
    const severity = l.finding.severity ? -_model_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f[l.finding.severity] : -1.5;
    return [l.level === 'error' ? 0 : 1, l.finding.status === 'fail' ? 0 : 1, severity];
}
function compare(a, b) {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++)
        if (ra[i] !== rb[i])
            return ra[i] - rb[i];
    return 0;
}
/**
 * An annotation is an error when its finding blocks the gate, else a warning. A failing finding blocks when its
 * verdict does; a not-verified finding blocks when its verdict is not verified and blocks (the policy's
 * `on_not_verified: fail`). A not-verified finding inside a failing verdict stays a warning: the verdict blocks
 * for its failing findings, and whether not-verified ones would block alone is not in the verdict.
 */
function levelOf(verdict, finding) {
    if (verdict.effect !== 'blocking')
        return 'warning';
    if (finding.status === 'fail')
        return 'error';
    return finding.status === 'not_verified' && verdict.status === 'not_verified' ? 'error' : 'warning';
}
/** Every located fail/not-verified finding of every fail/not-verified verdict, in verdict order. */
function locatedFindings(results) {
    const out = [];
    for (const verdict of results.verdicts) {
        if (verdict.status !== 'fail' && verdict.status !== 'not_verified')
            continue;
        for (const finding of verdict.findings) {
            if (!finding.location?.path || (finding.status !== 'fail' && finding.status !== 'not_verified'))
                continue;
            out.push({ verdict, finding: finding, level: levelOf(verdict, finding) });
        }
    }
    return out;
}
function selectAnnotations(results, limit) {
    const all = locatedFindings(results);
    // Stable sort: within equal rank, the control's own order (file, line) is kept.
    const sorted = all
        .map((l, i) => ({ l, i }))
        .sort((a, b) => compare(a.l, b.l) || a.i - b.i)
        .map(x => x.l);
    const firsts = [];
    const rest = [];
    const seen = new Set();
    for (const l of sorted) {
        if (seen.has(l.verdict.control))
            rest.push(l);
        else {
            seen.add(l.verdict.control);
            firsts.push(l);
        }
    }
    // Every control's most severe finding before any control's second (errors first within each part); GitHub
    // counts errors and warnings apart (10 of each per step), so this order decides which ten are shown.
    const selected = [...firsts, ...rest].slice(0, Math.max(0, limit));
    return { selected, omitted: all.length - selected.length, controls: seen.size };
}
/** The annotation title: control id and, when there is one, the rule. */
function annotationTitle(l) {
    return `${l.verdict.control}${l.finding.rule ? ` (${l.finding.rule})` : ''}`;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ TOOL_NAME),
/* harmony export */   w: () => (/* binding */ TOOL_VERSION)
/* harmony export */ });
/** The tool's name and version, written into every record and manifest. Kept in step with package.json by a test. */
const TOOL_NAME = 'compliance-gate';
const TOOL_VERSION = '0.1.0';


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 19783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ }),

/***/ 14730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __nccwpck_require__(31015);
;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new dist_src/* RequestError */.G(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new dist_src/* RequestError */.G(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}



/***/ }),

/***/ 93779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ud: () => (/* binding */ paginateRest)
/* harmony export */ });
/* unused harmony exports composePaginateRest, isPaginatingEndpoint, paginatingEndpoints */
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION;



/***/ }),

/***/ 49735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ retry)
/* harmony export */ });
/* unused harmony export VERSION */
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63251);
/* harmony import */ var _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31015);
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new _octokit_request_error__WEBPACK_IMPORTED_MODULE_1__/* .RequestError */ .G(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;



/***/ }),

/***/ 31015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/event-path-guard.ts
/**
 * Imported first by both entry points, before anything else loads. @actions/github builds its `context` the
 * moment it is loaded, reading and JSON-parsing GITHUB_EVENT_PATH: a malformed file would crash the load with
 * a raw stack (no `result` output, no error annotation), and a missing one prints to stdout before any CLI
 * command runs. The gate never uses that context — the action reads and validates the event itself
 * (settings) — so the variable is hidden while the bundle loads and put back before anything runs.
 */
const eventPath = process.env.GITHUB_EVENT_PATH;
delete process.env.GITHUB_EVENT_PATH;
/** Put GITHUB_EVENT_PATH back, as the runner set it. */
function restoreEventPath() {
    if (eventPath !== undefined)
        process.env.GITHUB_EVENT_PATH = eventPath;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/collect/git/run.ts
var run = __nccwpck_require__(22300);
;// CONCATENATED MODULE: ./src/collect/target.ts
const SUPPORTED_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group', 'workflow_dispatch', 'push'];
class UnsupportedEventError extends Error {
    constructor(event) {
        super(`compliance-gate does not support the '${event}' event. Supported events: ${SUPPORTED_EVENTS.join(', ')} ` +
            `(workflow_dispatch needs the pr-number input).`);
        this.name = 'UnsupportedEventError';
    }
}
const ZERO_SHA = /^0{40}$/;
function targetFromEvent(eventName, raw, repository, prNumberInput) {
    // Every supported event has the repository and sender of GitHub's common webhook properties.
    const common = raw;
    const base = {
        owner: stringOr(common.repository?.owner?.login, repository.owner),
        repo: stringOr(common.repository?.name, repository.repo)
    };
    const sender = typeof common.sender?.login === 'string' ? common.sender.login : null;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'pull_request_review': {
            const payload = raw;
            const pr = payload.pull_request;
            if (!pr || typeof pr.number !== 'number') {
                throw new Error(`The ${eventName} event payload has no pull_request.number; is GITHUB_EVENT_PATH the event file?`);
            }
            return {
                ...base,
                kind: 'pull_request',
                prNumber: pr.number,
                headSha: stringOr(pr.head?.sha, null),
                baseRef: stringOr(pr.base?.ref, null),
                baseSha: stringOr(pr.base?.sha, null),
                mergeSha: null,
                event: {
                    name: eventName,
                    action: stringOr(payload.action, undefined),
                    sender,
                    ...(payload.action === 'synchronize' && 'after' in payload && typeof payload.after === 'string' && payload.after ? { pushed_sha: payload.after } : {})
                },
                pushedCommits: []
            };
        }
        case 'workflow_dispatch': {
            const inputs = raw.inputs;
            const fromInput = prNumberInput ?? numberOrNull(inputs?.['pr-number'] ?? inputs?.pr_number);
            if (!fromInput) {
                throw new Error('workflow_dispatch needs the pull request to judge: set the `pr-number` input (a positive whole number).');
            }
            return pullRequestTarget(base.owner, base.repo, fromInput, { name: eventName, sender });
        }
        case 'merge_group': {
            const payload = raw;
            const group = payload.merge_group;
            const headRef = stringOr(group?.head_ref, '');
            // refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>
            const match = /gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40})$/.exec(headRef);
            if (!group || !match) {
                throw new Error(`The merge_group event's head_ref '${headRef}' is not a merge queue ref (gh-readonly-queue/<base>/pr-<N>-<sha>).`);
            }
            return {
                ...base,
                kind: 'merge_group',
                prNumber: Number(match[2]),
                headSha: match[3],
                baseRef: typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : match[1],
                baseSha: stringOr(group.base_sha, null),
                mergeSha: stringOr(group.head_sha, null),
                event: { name: eventName, action: stringOr(payload.action, undefined), sender, merge_group_head_sha: stringOr(group.head_sha, undefined) },
                pushedCommits: []
            };
        }
        case 'push': {
            const payload = raw;
            const ref = stringOr(payload.ref, '');
            if (!ref.startsWith('refs/heads/')) {
                throw new Error(`push to '${ref}' is not a branch push; compliance-gate judges pushes to protected branches only.`);
            }
            const after = typeof payload.after === 'string' && payload.after && !ZERO_SHA.test(payload.after) ? payload.after : null;
            if (!after)
                throw new Error('The push deleted the branch (after is all zeros); there is no change to judge.');
            return {
                ...base,
                kind: 'push',
                prNumber: null,
                headSha: after,
                baseRef: ref.slice('refs/heads/'.length),
                baseSha: null,
                mergeSha: after,
                event: { name: eventName, sender, ref, before: stringOr(payload.before, undefined), after },
                pushedCommits: Array.isArray(payload.commits) ? payload.commits.flatMap(pushedCommit) : []
            };
        }
        default:
            throw new UnsupportedEventError(eventName);
    }
}
/** A pull request named by number (workflow_dispatch input, the CLI): everything else is read from the API. */
function pullRequestTarget(owner, repo, prNumber, event) {
    return { owner, repo, kind: 'pull_request', prNumber, headSha: null, baseRef: null, baseSha: null, mergeSha: null, event, pushedCommits: [] };
}
/** A push payload's commit as the target keeps it (GitHub's `commits[]`: id, message, author, committer, distinct). */
function pushedCommit(c) {
    if (!c || typeof c.id !== 'string')
        return [];
    const person = (p) => p && typeof p === 'object'
        ? {
            ...(typeof p.name === 'string' ? { name: p.name } : {}),
            ...(typeof p.email === 'string' ? { email: p.email } : {}),
            ...(typeof p.username === 'string' ? { username: p.username } : {})
        }
        : undefined;
    const author = person(c.author);
    const committer = person(c.committer);
    return [
        {
            id: c.id,
            message: typeof c.message === 'string' ? c.message : '',
            ...(author ? { author } : {}),
            ...(committer ? { committer } : {}),
            ...(typeof c.distinct === 'boolean' ? { distinct: c.distinct } : {})
        }
    ];
}
function stringOr(value, fallback) {
    return typeof value === 'string' ? value : fallback;
}
function numberOrNull(value) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : null;
}
function isZeroSha(sha) {
    return !sha || ZERO_SHA.test(sha);
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var proxy = __nccwpck_require__(19783);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __nccwpck_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __nccwpck_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __nccwpck_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(53053);
;// CONCATENATED MODULE: ./src/collect/github/sent.ts
/**
 * Work that can wait for the network (code loaded on demand: the policy loader, the controls, the secrets
 * scanner) starts once a request to GitHub is on the wire, so compiling it overlaps GitHub's answer instead of
 * holding the request back (compiling blocks the thread the request is written from). Both fetches Octokit may
 * use announce it on a diagnostics channel: undici (Node's fetch, behind a proxy) every request whose headers it
 * wrote on `undici:client:sendHeaders`, the client's own (node-fetch.ts) each request handed to its socket on
 * REQUEST_SENT. Callers still load what they need when they need it: this only starts it earlier.
 */

const SENT = 'undici:client:sendHeaders';
/** The channel node-fetch.ts announces a request on, once it is written to its socket. */
const REQUEST_SENT = 'compliance-gate:request-sent';
const requestSent = (0,external_node_diagnostics_channel_.channel)(REQUEST_SENT);
/** Announce that a request has been handed to its socket (node-fetch.ts). */
function announceRequestSent() {
    if (requestSent.hasSubscribers)
        requestSent.publish({});
}
/**
 * Calls `start` once, when the next HTTP request's headers have been written. Returns a cancel function: a
 * caller that finds no request will be sent (no API, or it failed before sending) removes the subscriber, so
 * none is left behind for a later, unrelated request to trigger.
 */
function whenRequestSent(start) {
    let done = false;
    const once = () => {
        if (done)
            return;
        done = true;
        (0,external_node_diagnostics_channel_.unsubscribe)(SENT, once);
        (0,external_node_diagnostics_channel_.unsubscribe)(REQUEST_SENT, once);
        start();
    };
    (0,external_node_diagnostics_channel_.subscribe)(SENT, once);
    (0,external_node_diagnostics_channel_.subscribe)(REQUEST_SENT, once);
    return () => {
        if (done)
            return;
        done = true;
        (0,external_node_diagnostics_channel_.unsubscribe)(SENT, once);
        (0,external_node_diagnostics_channel_.unsubscribe)(REQUEST_SENT, once);
    };
}

;// CONCATENATED MODULE: ./src/collect/github/node-fetch.ts
/**
 * The fetch Octokit calls, on node:http and node:https. Node's own fetch loads and compiles undici at its first
 * call (some 50 ms of every run's start, on the main thread that also reads git's output); these modules are
 * part of Node's start-up already. Only what Octokit's fetch-wrapper and the paginated reader use is
 * provided, with fetch's semantics where they show:
 * - the promise settles once the status and headers are in; the body is read by text() / arrayBuffer() (or
 *   whole through `body.text()`), and a body cut short rejects there, not in fetch;
 * - a network failure rejects with TypeError('fetch failed') whose cause is the socket's error (ECONNREFUSED,
 *   ENOTFOUND …); an aborted signal rejects with the signal's reason (a TimeoutError for AbortSignal.timeout);
 * - redirects are followed (at most 20; 303, and 301/302 after a POST, become a GET without body), and the
 *   Authorization header is not carried to another origin; `redirect: 'manual'` returns the 3xx itself and
 *   `'error'` rejects;
 * - gzip, deflate and br bodies are decoded.
 * Behind a proxy the client uses @actions/github's getOctokit instead (client.ts), whose fetch goes through it.
 */



/** A response body read once, whole. */
class NodeBody {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Whether it was read (fetch's bodyUsed). */
    used = false;
    take() {
        if (this.used)
            return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
        this.used = true;
        return this.bytes;
    }
    async text() {
        // As fetch decodes: a leading byte-order mark dropped, bytes that are not UTF-8 read as U+FFFD.
        return new TextDecoder().decode(await this.take());
    }
    async arrayBuffer() {
        const b = await this.take();
        return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
    }
}
/** Response headers as fetch's Headers gives them to a reader: lower-case names, get(), [name, value] pairs. */
class NodeHeaders {
    map = new Map();
    constructor(raw) {
        for (const name of Object.keys(raw).sort()) {
            const value = raw[name];
            if (value === undefined)
                continue;
            this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
const MAX_REDIRECTS = 20;
/**
 * Idle sockets are kept for the next call, and dropped after 4 s as undici drops them (sooner when the server's
 * Keep-Alive says so): a socket the server closed while the scan held the main thread is not reused.
 */
const AGENT_OPTIONS = { keepAlive: true, timeout: 4000 };
const httpAgent = new external_node_http_.Agent(AGENT_OPTIONS);
let httpsAgent;
let httpsModule;
function fetchFailed(cause) {
    return new TypeError('fetch failed', { cause });
}
/** Why the signal aborted, as fetch rejects with it (AbortSignal.timeout's reason is a TimeoutError DOMException). */
function abortReason(signal) {
    // Read by presence, not instanceof: the reason may come from another realm.
    return (signal.reason ?? new DOMException('This operation was aborted', 'AbortError'));
}
function decoded(res, bytes) {
    const coding = String(res.headers['content-encoding'] ?? '')
        .trim()
        .toLowerCase();
    const run = (f) => new Promise((resolve, reject) => f(bytes, (e, out) => (e ? reject(fetchFailed(e)) : resolve(out))));
    if (bytes.length === 0)
        return Promise.resolve(bytes);
    if (coding === 'gzip' || coding === 'x-gzip')
        return run(external_node_zlib_.gunzip);
    if (coding === 'deflate')
        return run(external_node_zlib_.inflate);
    if (coding === 'br')
        return run(external_node_zlib_.brotliDecompress);
    return Promise.resolve(bytes);
}
/** One request, no redirect handling: the response once its head is in. */
async function once(url, init, body) {
    const https = url.protocol === 'https:';
    if (!https && url.protocol !== 'http:')
        throw fetchFailed(new Error(`unsupported URL scheme ${url.protocol}`));
    let request = external_node_http_.request;
    let agent = httpAgent;
    if (https) {
        const mod = await (httpsModule ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23)));
        request = mod.request;
        agent = httpsAgent ??= new mod.Agent(AGENT_OPTIONS);
    }
    const signal = init.signal ?? undefined;
    if (signal?.aborted)
        throw abortReason(signal);
    const headers = { 'accept-encoding': 'gzip, deflate, br', ...init.headers };
    if (body !== undefined)
        headers['content-length'] = String(body.length);
    const options = { method: init.method ?? 'GET', headers, agent };
    return new Promise((resolve, reject) => {
        let req;
        let settled = false;
        let failBody;
        const onAbort = () => {
            if (!signal)
                return;
            const reason = abortReason(signal);
            req?.destroy();
            if (!settled) {
                settled = true;
                reject(reason);
            }
            else
                failBody?.(reason);
        };
        try {
            req = request(url, options);
        }
        catch (e) {
            // An invalid header (a newline in a token) is refused before anything is sent; Node names the header, not its value.
            reject(fetchFailed(e));
            return;
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        req.on('error', e => {
            done();
            if (!settled) {
                settled = true;
                reject(fetchFailed(e));
            }
            else
                failBody?.(fetchFailed(e));
        });
        req.on('response', res => {
            settled = true;
            const chunks = [];
            const bytes = new Promise((resolveBody, rejectBody) => {
                failBody = e => {
                    done();
                    rejectBody(e);
                };
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    done();
                    decoded(res, Buffer.concat(chunks)).then(resolveBody, rejectBody);
                });
                res.on('aborted', () => failBody?.(new TypeError('terminated', { cause: new Error('other side closed') })));
                res.on('error', e => failBody?.(new TypeError('terminated', { cause: e })));
            });
            // Unread bodies (a redirect's) must not reject unhandled.
            bytes.catch(() => undefined);
            resolve({ res, bytes });
        });
        // Handed to its socket: work waiting for a request to be on the wire may start (sent.ts).
        req.once('finish', announceRequestSent);
        req.end(body);
    });
}
function bodyBytes(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('fetch failed', { cause: new Error('unsupported request body type') });
}
/** The URL as fetch's response.url gives it: without its fragment. */
function withoutFragment(url) {
    const u = new URL(url.toString());
    u.hash = '';
    return u.toString();
}
/** fetch(url, init) for Octokit: see the module comment for what is kept of fetch's behaviour. */
async function nodeFetch(input, init = {}) {
    let url;
    try {
        url = new URL(String(input));
    }
    catch (e) {
        throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause: e });
    }
    // As fetch refuses them: credentials in a URL would be sent as Basic authorization.
    if (url.username || url.password)
        throw new TypeError('Request cannot be constructed from a URL that includes credentials');
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = { ...(init.headers ?? {}) };
    let body = bodyBytes(init.body);
    const redirect = init.redirect ?? 'follow';
    for (let hops = 0;; hops++) {
        const { res, bytes } = await once(url, { ...init, method, headers }, body);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location !== undefined && redirect !== 'manual') {
            res.resume();
            if (redirect === 'error')
                throw fetchFailed(new Error('unexpected redirect'));
            if (hops >= MAX_REDIRECTS)
                throw fetchFailed(new Error('redirect count exceeded'));
            let next;
            try {
                next = new URL(location, url);
            }
            catch (e) {
                throw fetchFailed(e);
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:')
                throw fetchFailed(new Error('URL scheme must be a HTTP(S) scheme'));
            if (next.username || next.password)
                throw fetchFailed(new Error('redirect location includes credentials'));
            if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-(?:type|length|encoding|language|location)$/i.test(k)));
            }
            // As fetch does: credentials stay with the origin they were given for.
            if (next.origin !== url.origin)
                headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !/^(?:authorization|proxy-authorization|cookie)$/i.test(k)));
            url = next;
            continue;
        }
        const nodeBody = new NodeBody(bytes);
        const response = {
            status,
            statusText: res.statusMessage ?? external_node_http_.STATUS_CODES[status] ?? '',
            ok: status >= 200 && status < 300,
            url: withoutFragment(url),
            redirected: hops > 0,
            headers: new NodeHeaders(res.headers),
            body: nodeBody,
            get bodyUsed() {
                return nodeBody.used;
            },
            text: () => nodeBody.text(),
            arrayBuffer: () => nodeBody.arrayBuffer(),
            json: async () => JSON.parse(await nodeBody.text())
        };
        return response;
    }
}

;// CONCATENATED MODULE: ./src/collect/github/client.ts
/**
 * GitHubApi on Octokit with retry and throttling plugins, a per-attempt timeout, and a request hook that logs
 * every call into the record's api_calls. Failures are classified and returned, never thrown, so collectors
 * can record what is missing and why.
 */






/**
 * Octokit as @actions/github's getOctokit builds it (`token` auth, the runner's orchestration id in the user
 * agent, the paginate plugin under the given ones), on node:http (node-fetch.ts). Behind a proxy (https_proxy and
 * the like, unless no_proxy names the API's host) it is getOctokit itself, whose fetch goes through the proxy;
 * @actions/github and its undici load only then, as they cost some 100 ms of every run's start.
 */
function newOctokit(token, options, plugins) {
    if (!token)
        throw new Error('Parameter token or opts.auth is required');
    let proxied;
    try {
        proxied = (0,proxy/* getProxyUrl */.s)(new URL(options.baseUrl)) !== undefined;
    }
    catch (e) {
        // Each request reports it (the collectors record why), as a bad URL reported by fetch itself would be.
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    // getOctokit routes by GITHUB_API_URL, which is where every caller's baseUrl comes from.
    if (proxied)
        return viaActionsGithub(token, options, plugins);
    const userAgent = withOrchestrationId(options.userAgent, process.env.ACTIONS_ORCHESTRATION_ID);
    const Client = dist_src/* Octokit */.E.plugin(dist_bundle/* paginateRest */.ud, ...plugins);
    // node:http under Octokit rather than Node's fetch, whose undici is compiled at the first call (node-fetch.ts).
    const request = { ...options.request, fetch: options.request?.fetch ?? nodeFetch };
    return Promise.resolve(new Client({ ...options, request, auth: `token ${token}`, ...(userAgent ? { userAgent } : {}) }));
}
async function viaActionsGithub(token, options, plugins) {
    // @actions/github reads and parses GITHUB_EVENT_PATH as it loads: hidden, as at start-up (event-path-guard.ts).
    const eventPath = process.env.GITHUB_EVENT_PATH;
    delete process.env.GITHUB_EVENT_PATH;
    try {
        const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
        return getOctokit(token, options, ...plugins);
    }
    finally {
        if (eventPath !== undefined)
            process.env.GITHUB_EVENT_PATH = eventPath;
    }
}
/** The user agent with the runner's `actions_orchestration_id/<id>` tag, as @actions/github adds it. */
function withOrchestrationId(userAgent, orchestrationId) {
    const id = orchestrationId?.trim();
    if (!id)
        return userAgent;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    if (userAgent?.includes(tag))
        return userAgent;
    return userAgent ? `${userAgent} ${tag}` : tag;
}
/** A plugin that adds a fresh per-attempt timeout and logs each attempt. Registered innermost. */
function callLogPlugin(calls, timeoutMs, knownPaths, redact) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const started = Date.now();
            let route = `${options.method} ${options.url}`;
            let url = concreteUrl(options);
            if (/^[a-z][a-z0-9+.-]*:/i.test(options.url)) {
                // Later pages of a paginated list come as absolute URLs from the Link header: log the route template.
                const parsed = new URL(options.url);
                const foreign = foreignOrigin(parsed, options.baseUrl);
                if (foreign) {
                    // Refused before the auth hook (registered inside this one) adds the token: it never leaves the API origin.
                    calls.push({ method: options.method, route, url: options.url.slice(0, 300), status: null, duration_ms: 0, attempt: 1, error: foreign });
                    throw new ForeignOriginError(foreign);
                }
                const base = new URL(options.baseUrl ?? parsed.origin).pathname.replace(/\/$/, '');
                const path = parsed.pathname.startsWith(base) ? parsed.pathname.slice(base.length) : parsed.pathname;
                url = path + parsed.search;
                route = `${options.method} ${knownPaths.get(path) ?? path}`;
            }
            const entry = {
                method: options.method,
                route,
                url,
                status: null,
                duration_ms: 0,
                attempt: (options.request?.retryCount ?? 0) + 1
            };
            calls.push(entry);
            options.request = { ...(options.request ?? {}), signal: AbortSignal.timeout(timeoutMs) };
            try {
                const response = await request(options);
                entry.status = response.status;
                return response;
            }
            catch (error) {
                const status = error.status;
                const hasResponse = Boolean(error.response);
                entry.status = hasResponse && typeof status === 'number' ? status : null;
                // Redacted: a token fetch refuses as a header (a newline in it) comes back inside the error's message.
                if (!hasResponse)
                    entry.error = redact(networkMessage(error, timeoutMs));
                throw error;
            }
            finally {
                entry.duration_ms = Date.now() - started;
            }
        });
        return {};
    };
}
/** Pages of one list read at once (PaginateOptions.concurrentPages); Octokit's throttling allows 10 reads at once. */
const PAGE_CONCURRENCY = 4;
/** The URLs of a Link header by relation (`next`, `last` …). */
function parseLinks(header) {
    const links = {};
    if (typeof header !== 'string')
        return links;
    for (const part of header.split(',')) {
        const m = /<([^>]*)>\s*;\s*rel="([^"]+)"/.exec(part);
        if (m)
            for (const rel of m[2].split(/\s+/))
                links[rel] = m[1];
    }
    return links;
}
/** The `page` number of a link, or null. */
function pageNumber(url) {
    if (!url)
        return null;
    try {
        const page = new URL(url).searchParams.get('page');
        return page !== null && /^[1-9]\d{0,5}$/.test(page) ? Number(page) : null;
    }
    catch {
        return null;
    }
}
/** Two links to pages of one list: same origin, path and query but for `page`. */
function sameList(a, b) {
    if (!a || !b)
        return false;
    try {
        const [ua, ub] = [new URL(a), new URL(b)];
        ua.searchParams.delete('page');
        ub.searchParams.delete('page');
        return ua.toString() === ub.toString();
    }
    catch {
        return false;
    }
}
/** Thrown by the request hook for an absolute URL outside the API origin (e.g. a Link header's next page). */
class ForeignOriginError extends Error {
    refused = true;
}
/**
 * Why `url` may not be requested with the token, or null when it is on the configured API: same origin
 * (scheme, host and port) and under the base path. A Link header is data from the server (or from anything
 * between), so a `rel="next"` to another host would otherwise carry the token there.
 */
function foreignOrigin(url, baseUrl) {
    if (!baseUrl)
        return `refused ${url.protocol}//${url.host}: no API origin to compare with`;
    const base = new URL(baseUrl);
    const basePath = base.pathname.replace(/\/+$/, '');
    if (url.origin !== base.origin) {
        return `refused a link to ${url.host || url.protocol} (not the API origin ${base.host}); not followed, the token was not sent`;
    }
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
        return `refused a link to ${url.host}${url.pathname.slice(0, 100)} (outside the API path ${basePath}); not followed, the token was not sent`;
    }
    return null;
}
function concreteUrl(options) {
    let url = options.url;
    url = url.replace(/\{([^}]+)\}/g, (whole, name) => {
        const value = options[name];
        return value === undefined ? whole : encodeURIComponent(String(value));
    });
    return url;
}
/** The network error in words; `timeoutMs` null when the per-attempt timeout is not known here. */
function networkMessage(error, timeoutMs) {
    const e = error;
    const name = e?.name ?? '';
    if (name === 'AbortError' || name === 'TimeoutError' || e?.cause?.name === 'TimeoutError') {
        if (timeoutMs === null)
            return 'the request timed out';
        // Sub-second timeouts (tests, tight runners) in ms: "within 0 s" would misstate the evidence.
        return `no answer within ${timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}`;
    }
    return (withCause(e?.message || 'network error', e?.cause) ?? 'network error').slice(0, 300);
}
/**
 * fetch's "fetch failed" says nothing by itself; the reason (getaddrinfo ENOTFOUND host, ECONNREFUSED …) is in
 * its cause chain, each reason not yet said appended. Read by shape, not `instanceof Error`: the cause may come
 * from another realm, and then Octokit, which reads it by instanceof, says only "Unknown Error" (left out when a
 * cause says more).
 */
function withCause(message, cause) {
    let said = message === 'Unknown Error' ? '' : message;
    let reason = cause;
    for (let depth = 0; depth < 4 && reason && typeof reason === 'object'; depth++) {
        const r = reason;
        const text = typeof r.message === 'string' && r.message ? r.message : typeof r.code === 'string' ? r.code : '';
        if (text && !said.includes(text))
            said = said ? `${said}: ${text}` : text;
        reason = r.cause;
    }
    return said || message;
}
/** The text with the token (and each line of it, as a header error may quote it cut) replaced by ***. */
function redactToken(text, token) {
    let out = text;
    for (const piece of [token, ...token.split(/[\r\n\0]+/)].filter(p => p.length >= 8))
        out = out.split(piece).join('***');
    return out;
}
function classifyError(error, route, token) {
    const e = error;
    const redact = (s) => redactToken(s, token);
    if (error instanceof ForeignOriginError) {
        return { ok: false, kind: 'refused', status: null, message: redact(error.message), route };
    }
    if (!e?.response) {
        const message = redact(networkMessage(error, null));
        return { ok: false, kind: 'network', status: null, message, route };
    }
    const status = e.response.status;
    const headers = e.response.headers ?? {};
    const data = e.response.data;
    const message = redact((typeof data === 'object' && data && typeof data.message === 'string' ? data.message : e.message || `HTTP ${status}`).slice(0, 300));
    let kind = 'other';
    if (status === 401)
        kind = 'unauthorized';
    else if (status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message))))
        kind = 'rate_limited';
    else if (status === 403)
        kind = 'forbidden';
    else if (status === 404)
        kind = 'not_found';
    else if (status >= 500)
        kind = 'server';
    return { ok: false, kind, status, message, route };
}
/** A 2xx answer whose body is not what the route returns: say whether it was not JSON at all or JSON of another shape. */
function malformed(route, status, what, body) {
    // Octokit hands a body it could not parse as JSON over as text
    const got = typeof body === 'string'
        ? 'the body is not valid JSON'
        : body === undefined
            ? 'got something else'
            : `got ${body === null ? 'null' : Array.isArray(body) ? 'a JSON list' : typeof body === 'object' ? 'a JSON object' : `a JSON ${typeof body}`}`;
    return { ok: false, kind: 'malformed', status, message: `expected a JSON ${what}${typeof body === 'string' ? '; ' : ', '}${got}`, route };
}
function createGitHubApi(options) {
    const timeoutMs = options.timeoutMs ?? 20_000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const retryAfterBaseMs = options.retryAfterBaseMs ?? 1000;
    const log = options.log ?? (() => undefined);
    const knownPaths = new Map();
    const octokitReady = newOctokit(options.token, {
        baseUrl: options.baseUrl,
        userAgent: options.userAgent,
        log: { debug: () => undefined, info: () => undefined, warn: (m) => log(m), error: (m) => log(m) },
        // 429 is the throttling plugin's to retry (after retry-after / x-ratelimit-reset, within maxWait): the
        // retry plugin's blind 1 s / 4 s backoff would hammer a rate limit whose reset is an hour away.
        retry: { retries: options.retries ?? 2, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retryAfterBaseValue: retryAfterBaseMs },
        throttle: {
            retryAfterBaseValue: retryAfterBaseMs,
            onRateLimit: (retryAfter, o, _k, retryCount) => {
                if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
                    log(`Rate limit on ${o.method} ${o.url}; retrying after ${retryAfter} s`);
                    return true;
                }
                log(`Rate limit on ${o.method} ${o.url}; reset in ${retryAfter} s is beyond the wait limit, giving up`);
                return false;
            },
            onSecondaryRateLimit: (retryAfter, o, _k, retryCount) => {
                if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
                    log(`Secondary rate limit on ${o.method} ${o.url}; retrying after ${retryAfter} s`);
                    return true;
                }
                return false;
            }
        }
    }, [callLogPlugin(options.calls, timeoutMs, knownPaths, text => redactToken(text, options.token)), throttling, plugin_retry_dist_bundle/* retry */.L]);
    octokitReady.catch(() => undefined); // each request awaits it, and classifies its failure
    async function request(route, params = {}) {
        try {
            const octokit = await octokitReady;
            const response = await octokit.request(route, params);
            const data = response.data;
            if (typeof data === 'string' && response.status !== 204) {
                return malformed(route, response.status, 'object', data);
            }
            return { ok: true, status: response.status, data: data, route, headers: response.headers };
        }
        catch (error) {
            return classifyError(error, route, options.token);
        }
    }
    /**
     * Pages side by side (PaginateOptions.concurrentPages): page 1, then pages 2…N of the same route (N from
     * page 1's `rel="last"`, at most the pages maxItems needs) PAGE_CONCURRENCY at a time, taken in order.
     * Without a usable `last` the `next` links are followed one by one (each checked by the request hook:
     * a link off the API origin is refused). Pages are requested by route and page number, never by a URL
     * from the answer.
     */
    async function paginateConcurrently(route, params, paginateOptions, listPath) {
        const max = paginateOptions.maxItems ?? Number.POSITIVE_INFINITY;
        const items = [];
        let truncated = false;
        const take = (page) => {
            const list = page.data;
            if (!Array.isArray(list))
                return malformed(route, page.status, 'list', list);
            for (const item of list) {
                if (items.length >= max) {
                    truncated = true;
                    return 'full';
                }
                items.push(item);
            }
            return 'more';
        };
        const perPage = 100;
        /** A link to this very list on the configured API (else its pages are not counted on: `next` is followed, and checked). */
        const onRoute = (link) => {
            try {
                const u = new URL(link);
                const base = new URL(options.baseUrl);
                return u.origin === base.origin && u.pathname === `${base.pathname.replace(/\/+$/, '')}${listPath}`;
            }
            catch {
                return false;
            }
        };
        const getPage = async (request) => {
            const octokit = await octokitReady;
            const answer = await (request.url ? octokit.request(request) : octokit.request(route, request));
            const body = answer.data;
            let data = body;
            // The body as nodeFetch gives it, or a web stream (Node's fetch, behind a proxy).
            const text = body instanceof NodeBody
                ? await body.text()
                : body && typeof body === 'object' && typeof body.getReader === 'function'
                    ? await new Response(body).text()
                    : undefined;
            if (text !== undefined) {
                data = text;
                if (/json/i.test(String(answer.headers['content-type'] ?? ''))) {
                    try {
                        data = JSON.parse(text);
                    }
                    catch {
                        // kept as text: reported as "the body is not valid JSON"
                    }
                }
            }
            return { status: answer.status, headers: answer.headers, data };
        };
        const raw = { parseSuccessResponseBody: false };
        try {
            const first = await getPage({ per_page: perPage, ...params, request: raw });
            let status = first.status;
            const took = take(first);
            if (typeof took === 'object')
                return took;
            let links = parseLinks(first.headers.link);
            const lastPage = pageNumber(links.last);
            if (took === 'more' && lastPage !== null && pageNumber(links.next) === 2 && sameList(links.last, links.next) && onRoute(links.next)) {
                const wanted = Math.min(lastPage, Number.isFinite(max) ? Math.ceil(max / perPage) + 1 : lastPage);
                const pending = new Map();
                let next = 2;
                const fill = () => {
                    while (next <= wanted && pending.size < PAGE_CONCURRENCY) {
                        const p = getPage({ per_page: perPage, ...params, page: next, request: raw });
                        p.catch(() => undefined); // awaited in order below; a failure is classified there
                        pending.set(next++, p);
                    }
                };
                fill();
                for (let page = 2; page <= wanted; page++) {
                    const answer = await pending.get(page);
                    pending.delete(page);
                    status = answer.status;
                    const t = take(answer);
                    if (typeof t === 'object')
                        return t;
                    if (t === 'full')
                        break;
                    fill();
                }
                // A list that grew while it was read may name pages past the last one asked: GitHub's own cap
                // (3000 files, 250 commits) is what maxItems holds, so the rest is only reported as truncated.
                if (!truncated && wanted < lastPage)
                    truncated = true;
                return { ok: true, status, data: items, route, truncated };
            }
            // No page count to go by: follow `next` one by one.
            while (took === 'more' && !truncated && links.next) {
                const answer = await getPage({ method: 'GET', url: links.next, request: raw });
                status = answer.status;
                const t = take(answer);
                if (typeof t === 'object')
                    return t;
                links = parseLinks(answer.headers.link);
            }
            return { ok: true, status, data: items, route, truncated };
        }
        catch (error) {
            return classifyError(error, route, options.token);
        }
    }
    async function paginate(route, params = {}, paginateOptions = {}) {
        const [, template = route] = route.split(' ');
        const listPath = concreteUrl({ method: 'GET', url: template, ...params });
        knownPaths.set(listPath, template);
        if (paginateOptions.concurrentPages && !paginateOptions.itemsKey)
            return paginateConcurrently(route, params, paginateOptions, listPath);
        const max = paginateOptions.maxItems ?? Number.POSITIVE_INFINITY;
        const items = [];
        let truncated = false;
        let status = 200;
        try {
            const iterator = (await octokitReady).paginate.iterator(route, { per_page: 100, ...params });
            for await (const page of iterator) {
                status = page.status;
                const raw = page.data;
                let list = raw;
                if (paginateOptions.itemsKey && raw && typeof raw === 'object' && !Array.isArray(raw)) {
                    list = raw[paginateOptions.itemsKey];
                }
                if (!Array.isArray(list))
                    return malformed(route, page.status, 'list', list);
                for (const item of list) {
                    if (items.length >= max) {
                        truncated = true;
                        break;
                    }
                    items.push(item);
                }
                if (truncated)
                    break;
            }
        }
        catch (error) {
            if (error instanceof TypeError && !error.response) {
                // Octokit's paginator looks for `total_count` in each page with `in`, which throws on a page it could
                // only read as text: the body was not JSON
                return malformed(route, status, 'list', /'in' operator/.test(error.message) ? '' : undefined);
            }
            return classifyError(error, route, options.token);
        }
        return { ok: true, status, data: items, route, truncated };
    }
    return { request, paginate };
}

// EXTERNAL MODULE: ./src/collect/github/api.ts
var github_api = __nccwpck_require__(36688);
// EXTERNAL MODULE: ./src/collect/git/files.ts
var git_files = __nccwpck_require__(91318);
// EXTERNAL MODULE: ./src/collect/git/objects.ts
var objects = __nccwpck_require__(93517);
// EXTERNAL MODULE: ./src/model/record.ts
var model_record = __nccwpck_require__(2860);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/collect/collector.ts







/** How text people write is redacted: also a random token pasted with no label. */
const WRITTEN = { unlabeledTokens: true };
let redactorLoading = null;
/**
 * The secrets scanner (its rules and RE2 engine are a large part of the bundle) is loaded on demand: once the
 * first request of the pull request's read is sent, so the load overlaps GitHub's answer instead of start-up.
 */
function loadRedactor() {
    return (redactorLoading ??= __nccwpck_require__.e(/* import() */ 519).then(__nccwpck_require__.bind(__nccwpck_require__, 16519)).then(m => m.redactSecrets));
}
/** GitHub's caps on PR lists. */
const MAX_PR_COMMITS = 250;
const MAX_PR_FILES = 3000;
const ROUTES = {
    pull: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    commits: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
    files: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    reviews: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    permission: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    commitPulls: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    compare: 'GET /repos/{owner}/{repo}/compare/{basehead}'
};
function emptyRecord(target, calls, now) {
    const waiting = (0,model_record/* notCollected */.h4)('not collected');
    return {
        $schema: model_record/* RECORD_SCHEMA_ID */.cE,
        record_version: model_record/* RECORD_VERSION */.hl,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        collected_at: now.toISOString(),
        event: target.event,
        repository: { owner: target.owner, name: target.repo, full_name: `${target.owner}/${target.repo}` },
        subject: {
            kind: target.kind,
            head_sha: target.headSha ?? '',
            base_ref: target.baseRef ?? '',
            // The event's base until the pull request is read (and when it cannot be: the checkout's diff still has one).
            ...(target.baseSha ? { base_sha: target.baseSha } : {}),
            ...(target.mergeSha ? { merge_sha: target.mergeSha } : {}),
            ...(target.prNumber ? { pull_request_number: target.prNumber } : {})
        },
        pull_request: waiting,
        commits: waiting,
        files: waiting,
        reviews: waiting,
        permissions: waiting,
        facts: {},
        truncated: [],
        api_calls: calls,
        errors: []
    };
}
/**
 * Step 1 of the core facts: the pull request (on a push, the pushed commits and the merged PR that holds
 * them). Anything that stops the gate from judging the change at all is a fatal error with one clear line.
 */
async function readPullRequest(options) {
    const { target, api } = options;
    const now = options.now ?? (() => new Date());
    const record = emptyRecord(target, options.apiCalls, now());
    const core = { record, fatal: [], pullFiles: null, pushedCommits: null, pull: null };
    const ids = { owner: target.owner, repo: target.repo };
    if (!api) {
        const missing = options.apiUnavailableReason ?? { reason: 'No GitHub API access.', remedy: 'Pass a token in github-token.' };
        for (const key of ['pull_request', 'commits', 'files', 'reviews', 'permissions']) {
            record[key] = (0,model_record/* unavailable */.hU)(missing);
        }
        return core;
    }
    // Loads once the first request is on the wire; awaited where text is redacted (a failed load fails there).
    // Removed again when no request went out (it failed before its headers were written).
    const cancelLoad = whenRequestSent(() => void loadRedactor().catch(() => undefined));
    try {
        let prNumber = target.prNumber;
        if (target.kind === 'push') {
            // The pushed commits are the push collector's to judge; record.commits becomes the merged PR's own
            // commits when there is one (independence, last push and signatures are about the reviewed change).
            core.pushedCommits = await collectPushedCommits(api, target);
            record.commits = core.pushedCommits;
            prNumber = await findMergedPullForPush(api, target, record);
            if (prNumber !== null)
                record.subject.pull_request_number = prNumber;
        }
        if (prNumber === null) {
            if (target.kind === 'push') {
                const reason = `No merged pull request contains the pushed commit ${target.headSha?.slice(0, 7)}.`;
                for (const key of ['pull_request', 'files', 'reviews', 'permissions']) {
                    if (record[key].state === 'not_collected')
                        record[key] = { state: 'not_collected', value: null, sources: [ROUTES.commitPulls], missing: { reason } };
                }
            }
            return core;
        }
        const pull = await api.request(ROUTES.pull, { ...ids, pull_number: prNumber });
        if (!pull.ok) {
            const d = (0,github_api/* describeFailure */.I)(pull, `Pull request #${prNumber}`);
            record.pull_request = (0,model_record/* unavailable */.hU)(d, [ROUTES.pull]);
            core.fatal.push(pullUnreadable(pull, prNumber, target));
            for (const key of ['files', 'reviews', 'permissions']) {
                record[key] = (0,model_record/* unavailable */.hU)({ reason: `The pull request could not be read: ${d.reason}`, remedy: d.remedy });
            }
            if (target.kind !== 'push')
                record.commits = record.files;
            return core;
        }
        const facts = redactPullText(pullFacts(pull.data), `${target.owner}/${target.repo}`, await loadRedactor());
        record.pull_request = (0,model_record/* complete */.My)(facts, [ROUTES.pull]);
        fillRepository(record, pull.data);
        // On a push the PR under judgement is the merged one found for the pushed SHA: judge its head (issue 11);
        // the pushed SHA stays in subject.merge_sha, where required checks may also have passed.
        if (!record.subject.head_sha || target.kind === 'push')
            record.subject.head_sha = facts.head.sha;
        record.subject.base_ref = record.subject.base_ref || facts.base.ref;
        record.subject.base_sha = facts.base.sha;
        if (target.kind === 'pull_request' && target.headSha && target.headSha !== facts.head.sha) {
            record.errors.push({
                stage: 'collect.pull_request',
                message: `The event's head ${target.headSha.slice(0, 7)} is no longer the PR head (${facts.head.sha.slice(0, 7)}); judging the event's commit.`
            });
        }
        core.pull = { ids: { ...ids, pull_number: prNumber }, facts };
        return core;
    }
    finally {
        cancelLoad();
    }
}
/** One line naming why the pull request itself could not be read, and what to do. */
function pullUnreadable(failure, prNumber, target) {
    const where = `${target.owner}/${target.repo}`;
    switch (failure.kind) {
        case 'not_found':
            return `Pull request #${prNumber} was not found in ${where} (404). Check the repository and number, and that the token can read this repository.`;
        case 'unauthorized':
            return `GitHub rejected the token (401 ${failure.message}). Pass a valid token in github-token.`;
        case 'forbidden':
            return `The token may not read pull request #${prNumber} of ${where} (403 ${failure.message}). Give it \`pull-requests: read\` and \`contents: read\`.`;
        case 'rate_limited':
            return `GitHub's rate limit stopped the gate from reading pull request #${prNumber} of ${where} (${failure.status} ${failure.message}). Re-run after the limit resets, or use a token with a higher limit.`;
        case 'network':
            return `GitHub could not be reached to read pull request #${prNumber} of ${where}: ${failure.message}. Check GITHUB_API_URL and the network, then re-run.`;
        case 'server':
            return `GitHub answered ${failure.status} (${failure.message}) for pull request #${prNumber} of ${where}, also after retries. Re-run the job.`;
        case 'malformed':
            return `GitHub's answer for pull request #${prNumber} of ${where} was not the JSON expected. Check GITHUB_API_URL, then re-run.`;
        default:
            return `Pull request #${prNumber} of ${where} could not be read: ${failure.route} answered ${failure.status ?? 'no response'} (${failure.message}).`;
    }
}
/**
 * Step 2 of the core facts: the PR's commits, files and reviews at once; the reviewers' permissions as soon as
 * the reviews are read (beside the commits and files, not after them). Collectors that need only the lists start
 * on `listed`; those that judge approvers wait for `done`.
 */
function readPullLists(core, api, checkoutDir = null) {
    if (!api || !core.pull) {
        const done = Promise.resolve();
        return { listed: done, done };
    }
    const { record } = core;
    const { ids, facts } = core.pull;
    const reviews = collectReviews(api, ids);
    const permissions = reviews.then(r => collectPermissions(api, { owner: ids.owner, repo: ids.repo }, r, facts));
    const files = filesFromCheckout(checkoutDir, facts, record).then(git => git ?? collectFiles(api, ids, facts, record));
    const listed = Promise.all([collectCommits(api, ids, facts, record), files, reviews]).then(([commits, files, read]) => {
        if (commits)
            record.commits = commits;
        record.files = files.collected;
        core.pullFiles = files.raw;
        record.reviews = read;
    });
    // The files' line counts (from a checkout) may still be on the way when the list is read; done waits for them.
    const counted = files.then(f => ('counted' in f ? f.counted : undefined));
    const done = Promise.all([listed, permissions, counted]).then(([, read]) => {
        record.permissions = read;
    });
    // A failure surfaces where `done` or `listed` is awaited; never as an unhandled rejection of the other.
    listed.catch(() => undefined);
    done.catch(() => undefined);
    return { listed, done };
}
function fillRepository(record, pull) {
    const repo = pull.base?.repo;
    if (!repo)
        return;
    record.repository = {
        owner: repo.owner?.login ?? record.repository.owner,
        name: repo.name ?? record.repository.name,
        full_name: repo.full_name ?? record.repository.full_name,
        ...(repo.default_branch ? { default_branch: repo.default_branch } : {}),
        ...(typeof repo.private === 'boolean' ? { private: repo.private } : {}),
        ...(repo.visibility ? { visibility: repo.visibility } : {}),
        ...(repo.owner?.type ? { owner_type: repo.owner.type } : {})
    };
}
function pullFacts(pr) {
    const actor = (u) => (u && typeof u.login === 'string' ? { login: u.login, type: u.type, id: u.id } : null);
    return {
        number: pr.number,
        title: pr.title ?? '',
        body: pr.body ?? '',
        author: actor(pr.user) ?? { login: 'unknown' },
        html_url: pr.html_url,
        state: pr.state,
        draft: pr.draft,
        merged: Boolean(pr.merged ?? pr.merged_at),
        merged_at: pr.merged_at ?? null,
        merged_by: actor(pr.merged_by),
        merge_commit_sha: pr.merge_commit_sha ?? null,
        labels: Array.isArray(pr.labels) ? pr.labels.map((l) => (typeof l === 'string' ? l : l?.name)).filter(Boolean) : [],
        base: { ref: pr.base?.ref, sha: pr.base?.sha, repo_full_name: pr.base?.repo?.full_name },
        head: { ref: pr.head?.ref, sha: pr.head?.sha, repo_full_name: pr.head?.repo?.full_name ?? null },
        created_at: pr.created_at,
        updated_at: pr.updated_at,
        commits_count: pr.commits,
        changed_files_count: pr.changed_files,
        additions: pr.additions,
        deletions: pr.deletions
    };
}
/**
 * Redact a list of short strings in one scanner pass: only when the joined text holds a secret are the items
 * scanned one by one. Returns the redacted items (the same array when nothing was found) and the count.
 */
function redactEach(items, repo, redactSecrets) {
    if (items.length === 0 || redactSecrets(items.join('\n'), repo).redacted === 0)
        return { items, redacted: 0 };
    let redacted = 0;
    const out = items.map(item => {
        const r = redactSecrets(item, repo);
        redacted += r.redacted;
        return r.text;
    });
    return { items: out, redacted };
}
/**
 * Text from the pull request is kept as evidence; a credential pasted into any of it must not be. The title,
 * body, labels and branch names are scanned with the secrets rules; a secret is replaced by its preview and
 * rule id, and the count recorded.
 */
function redactPullText(pr, repo, redactSecrets) {
    const title = redactSecrets(pr.title, repo, WRITTEN);
    const body = redactSecrets(pr.body, repo, WRITTEN);
    const labels = redactEach(pr.labels, repo, redactSecrets);
    const refs = redactEach([pr.head.ref ?? '', pr.base.ref ?? ''], repo, redactSecrets);
    const n = title.redacted + body.redacted + labels.redacted + refs.redacted;
    if (n === 0)
        return pr;
    return {
        ...pr,
        title: title.text,
        body: body.text,
        labels: labels.items,
        head: { ...pr.head, ref: refs.items[0] },
        base: { ...pr.base, ref: refs.items[1] },
        secrets_redacted: n
    };
}
/** A commit person with its name and e-mail replaced by their redacted text (an absent one stays absent). */
function withRedacted(person, name, email) {
    return { ...person, name: person.name == null ? person.name : name, email: person.email == null ? person.email : email };
}
/** A commit's message, identities and `Co-authored-by:` trailers, with any secret replaced by its preview. */
function redactCommitMessage(commit, repo, redactSecrets) {
    const message = redactSecrets(commit.message, repo, WRITTEN);
    const people = redactEach([commit.author.name ?? '', commit.author.email ?? '', commit.committer.name ?? '', commit.committer.email ?? ''], repo, redactSecrets);
    const n = message.redacted + people.redacted;
    if (n === 0)
        return commit;
    const [authorName, authorEmail, committerName, committerEmail] = people.items;
    return {
        ...commit,
        message: message.text,
        // Trailers are read again from the redacted message, so a token in a trailer is not kept either.
        co_authors: coAuthors(message.text),
        author: people.redacted ? withRedacted(commit.author, authorName, authorEmail) : commit.author,
        committer: people.redacted ? withRedacted(commit.committer, committerName, committerEmail) : commit.committer,
        secrets_redacted: n
    };
}
/** Changed file paths (and former paths of renames) with any secret in a name replaced by its preview. */
function redactFilePaths(files, repo, redactSecrets) {
    const names = files.flatMap(f => (f.previous_path ? [f.path, f.previous_path] : [f.path]));
    const scanned = redactEach(names, repo, redactSecrets);
    if (scanned.redacted === 0)
        return files;
    let i = 0;
    return files.map(f => {
        const path = scanned.items[i++];
        const previous = f.previous_path ? scanned.items[i++] : undefined;
        if (path === f.path && previous === f.previous_path)
            return f;
        const n = redactSecrets(f.path, repo).redacted + (f.previous_path ? redactSecrets(f.previous_path, repo).redacted : 0);
        return { ...f, path, ...(previous !== undefined ? { previous_path: previous } : {}), secrets_redacted: n };
    });
}
const CO_AUTHOR = /^co-authored-by:\s*(.+?)\s*<([^>]+)>\s*$/gim;
function coAuthors(message) {
    const found = [];
    for (const m of message.matchAll(CO_AUTHOR))
        found.push({ name: m[1], email: m[2].toLowerCase() });
    return found;
}
function commitFacts(c) {
    const message = c.commit?.message ?? c.message ?? '';
    const identity = (git, account) => ({
        name: git?.name ?? null,
        email: git?.email ?? null,
        login: account?.login ?? git?.username ?? null,
        date: git?.date ?? git?.timestamp ?? null
    });
    const verification = c.commit?.verification;
    return {
        sha: c.sha ?? c.id,
        message,
        author: identity(c.commit?.author ?? c.author, c.commit ? c.author : null),
        committer: identity(c.commit?.committer ?? c.committer, c.commit ? c.committer : null),
        co_authors: coAuthors(message),
        parents: Array.isArray(c.parents) ? c.parents.map((p) => p.sha) : [],
        verification: verification ? { verified: Boolean(verification.verified), reason: String(verification.reason) } : null
    };
}
async function collectCommits(api, prIds, pr, record) {
    const list = await api.paginate(ROUTES.commits, prIds, { maxItems: MAX_PR_COMMITS, concurrentPages: true });
    if (!list.ok)
        return (0,model_record/* unavailable */.hU)((0,github_api/* describeFailure */.I)(list, 'PR commits'), [ROUTES.commits]);
    const redact = await loadRedactor();
    const commits = list.data.map(c => redactCommitMessage(commitFacts(c), record.repository.full_name, redact));
    const total = pr.commits_count ?? commits.length;
    if (list.truncated || total > commits.length) {
        record.truncated.push({
            what: 'commits',
            reason: `GitHub lists at most ${MAX_PR_COMMITS} commits of a pull request; this one has ${total}. Controls over commits judge only those listed.`
        });
        return {
            state: 'partial',
            value: commits,
            sources: [ROUTES.commits],
            missing: {
                reason: `Only ${commits.length} of ${total} commits could be listed (GitHub's cap).`,
                remedy: 'Split the pull request, or judge it with the CLI over a full checkout.'
            }
        };
    }
    return (0,model_record/* complete */.My)(commits, [ROUTES.commits]);
}
const FILE_STATUSES = new Set(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']);
/**
 * The pull request's files from the checkout, when it holds both the base and the head commit: the same
 * three-dot diff GitHub lists, read without 3,000-file cap and without paging 30 lists of patches through the
 * API (the secrets scanner reads the checkout's diff itself). null (the API lists them) when there is no such
 * checkout or git fails; git's failure is kept in the record's errors.
 */
async function filesFromCheckout(checkoutDir, pr, record) {
    const base = pr.base.sha;
    const head = record.subject.head_sha || pr.head.sha;
    if (!checkoutDir || !base || !head)
        return null;
    const [hasBase, hasHead] = await Promise.all([(0,objects/* hasCommit */.Q)(checkoutDir, base), (0,objects/* hasCommit */.Q)(checkoutDir, head)]);
    if (!hasBase || !hasHead)
        return null;
    try {
        const listing = await (0,git_files/* gitChangedFiles */.Ce)({ cwd: checkoutDir, base, head });
        const files = redactFilePaths(listing.files, record.repository.full_name, await loadRedactor());
        const collected = (0,model_record/* complete */.My)(files, (0,git_files/* changedFilesCommands */.M$)(base, head));
        // The line counts arrive after the list (the collectors that need the paths do not wait for them).
        const counted = listing.counted.then(() => listing.files.forEach((f, i) => {
            const kept = files[i];
            if (kept === f)
                return;
            kept.additions = f.additions;
            kept.deletions = f.deletions;
            if (f.binary)
                kept.binary = true;
        }), (e) => {
            const message = e instanceof Error ? e.message : String(e);
            record.errors.push({ stage: 'collect.files', message });
            if (record.files === collected) {
                record.files = {
                    ...collected,
                    state: 'partial',
                    missing: { reason: `The files' added and deleted lines could not be counted: ${message}`, remedy: 'Re-run the job.' }
                };
            }
        });
        return { collected, raw: null, counted };
    }
    catch (e) {
        record.errors.push({ stage: 'collect.files', message: `${e instanceof Error ? e.message : String(e)}; the files were listed through the API instead.` });
        return null;
    }
}
async function collectFiles(api, prIds, pr, record) {
    const list = await api.paginate(ROUTES.files, prIds, { maxItems: MAX_PR_FILES, concurrentPages: true });
    if (!list.ok)
        return { collected: (0,model_record/* unavailable */.hU)((0,github_api/* describeFailure */.I)(list, 'PR files'), [ROUTES.files]), raw: null };
    let files = list.data.map(f => ({
        path: f.filename,
        ...(f.previous_filename ? { previous_path: f.previous_filename } : {}),
        status: (FILE_STATUSES.has(f.status) ? f.status : 'changed'),
        additions: f.additions ?? 0,
        deletions: f.deletions ?? 0,
        ...(f.patch === undefined && (f.changes ?? f.additions + f.deletions) > 0 ? { patch_omitted: true } : {})
    }));
    files = redactFilePaths(files, record.repository.full_name, await loadRedactor());
    const total = pr.changed_files_count ?? files.length;
    if (list.truncated || total > files.length) {
        record.truncated.push({
            what: 'files',
            reason: `GitHub lists at most ${MAX_PR_FILES} files of a pull request; this one changes ${total}.`
        });
        return {
            collected: {
                state: 'partial',
                value: files,
                sources: [ROUTES.files],
                missing: {
                    reason: `Only ${files.length} of ${total} changed files could be listed (GitHub's cap).`,
                    remedy: 'Run the gate with a full checkout (actions/checkout with fetch-depth: 0) so scanners read the diff from git.'
                }
            },
            raw: list.data
        };
    }
    return { collected: (0,model_record/* complete */.My)(files, [ROUTES.files]), raw: list.data };
}
async function collectReviews(api, prIds) {
    const list = await api.paginate(ROUTES.reviews, prIds);
    if (!list.ok)
        return (0,model_record/* unavailable */.hU)((0,github_api/* describeFailure */.I)(list, 'PR reviews', 'Reading reviews needs `pull-requests: read` in the workflow permissions.'), [ROUTES.reviews]);
    return (0,model_record/* complete */.My)(list.data.map(r => ({
        id: r.id,
        user: r.user ? { login: r.user.login, type: r.user.type, id: r.user.id } : null,
        state: r.state,
        commit_id: r.commit_id ?? null,
        submitted_at: r.submitted_at ?? null,
        author_association: r.author_association
    })), [ROUTES.reviews]);
}
async function collectPermissions(api, ids, reviews, pr) {
    const logins = new Set();
    for (const r of reviews.value ?? []) {
        if (r.user?.login && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED'))
            logins.add(r.user.login);
    }
    if (pr.merged_by?.login)
        logins.add(pr.merged_by.login);
    const value = {};
    const failures = [];
    await Promise.all([...logins].sort().map(async (username) => {
        const answer = await api.request(ROUTES.permission, { ...ids, username });
        if (answer.ok && typeof answer.data?.permission === 'string') {
            value[username] = { permission: answer.data.permission, role_name: answer.data.role_name ?? null };
        }
        else if (!answer.ok) {
            failures.push({ login: username, failure: answer });
        }
        else {
            failures.push({
                login: username,
                failure: { ok: false, kind: 'malformed', status: answer.status, message: 'no permission field', route: ROUTES.permission }
            });
        }
    }));
    const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    if (failures.length === 0)
        return (0,model_record/* complete */.My)(sorted, [ROUTES.permission]);
    const first = (0,github_api/* describeFailure */.I)(failures[0].failure, `Repository permission of ${failures.map(f => f.login).join(', ')}`, "Reading a collaborator's permission needs read access to the repository's metadata (granted to GITHUB_TOKEN by default).");
    return {
        state: Object.keys(sorted).length > 0 ? 'partial' : 'unavailable',
        value: Object.keys(sorted).length > 0 ? sorted : null,
        sources: [ROUTES.permission],
        missing: first
    };
}
async function collectPushedCommits(api, target) {
    const before = target.event.before;
    if (!isZeroSha(before) && target.headSha) {
        const compare = await api.request(ROUTES.compare, {
            owner: target.owner,
            repo: target.repo,
            basehead: `${before}...${target.headSha}`
        });
        if (compare.ok && Array.isArray(compare.data.commits)) {
            const redact = await loadRedactor();
            const commits = compare.data.commits.map(c => redactCommitMessage(commitFacts(c), `${target.owner}/${target.repo}`, redact));
            const total = compare.data.total_commits ?? commits.length;
            if (total > commits.length) {
                return {
                    state: 'partial',
                    value: commits,
                    sources: [ROUTES.compare],
                    missing: { reason: `The compare API listed ${commits.length} of ${total} pushed commits.`, remedy: 'Judge the push from a full checkout.' }
                };
            }
            return (0,model_record/* complete */.My)(commits, [ROUTES.compare]);
        }
    }
    const redact = await loadRedactor();
    const fromPayload = target.pushedCommits.map((c) => redactCommitMessage(commitFacts(c), `${target.owner}/${target.repo}`, redact));
    if (fromPayload.length > 0)
        return (0,model_record/* complete */.My)(fromPayload, ['event payload: push.commits']);
    return (0,model_record/* unavailable */.hU)({ reason: 'The pushed commits could not be listed.', remedy: 'Re-run the job.' });
}
async function findMergedPullForPush(api, target, record) {
    if (!target.headSha)
        return null;
    const answer = await api.request(ROUTES.commitPulls, { owner: target.owner, repo: target.repo, commit_sha: target.headSha });
    if (!answer.ok) {
        const d = (0,github_api/* describeFailure */.I)(answer, `Pull requests of ${target.headSha.slice(0, 7)}`);
        record.pull_request = (0,model_record/* unavailable */.hU)(d, [ROUTES.commitPulls]);
        return null;
    }
    if (!Array.isArray(answer.data))
        return null;
    const merged = answer.data.find(p => p.merged_at && (!target.baseRef || p.base?.ref === target.baseRef));
    return merged ? Number(merged.number) : null;
}

// EXTERNAL MODULE: ./src/collect/context.ts
var collect_context = __nccwpck_require__(38889);
// EXTERNAL MODULE: ./src/controls/lib/protection.ts
var protection = __nccwpck_require__(7915);
// EXTERNAL MODULE: ./src/model/facts/branch-rules.ts
var branch_rules = __nccwpck_require__(86703);
;// CONCATENATED MODULE: ./src/collect/branch-rules.ts



const RULES_ROUTE = 'GET /repos/{owner}/{repo}/rules/branches/{branch}';
const CLASSIC_ROUTE = 'GET /repos/{owner}/{repo}/branches/{branch}/protection';
/** The branch itself: `protected` is readable with the workflow token (true for classic protection or a ruleset). */
const BRANCH_ROUTE = 'GET /repos/{owner}/{repo}/branches/{branch}';
/** The branch under protection: the PR base, or the pushed branch. */
function targetBranch(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
function emptyProtection() {
    return {
        pull_request_required: false,
        required_approving_review_count: null,
        dismiss_stale_reviews_on_push: false,
        require_code_owner_review: false,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
        required_status_checks: [],
        strict_required_status_checks: false,
        required_signatures: false,
        blocks_force_push: false,
        blocks_deletion: false,
        enforce_admins: null
    };
}
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const bool = (v) => v === true;
const branch_rules_int = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function addCheck(list, check) {
    if (!list.some(c => c.context === check.context && c.integration_id === check.integration_id))
        list.push(check);
}
/** Union of all active rules: GitHub enforces every rule of every active ruleset, so the strictest wins. */
function normalizeRules(raw) {
    const p = emptyProtection();
    const snapshot = [];
    const ids = new Set();
    for (const item of raw) {
        const rule = obj(item);
        const type = typeof rule.type === 'string' ? rule.type : 'unknown';
        const parameters = rule.parameters === undefined ? undefined : obj(rule.parameters);
        const snap = { type };
        if (parameters)
            snap.parameters = parameters;
        if (typeof rule.ruleset_source_type === 'string')
            snap.ruleset_source_type = rule.ruleset_source_type;
        if (typeof rule.ruleset_source === 'string')
            snap.ruleset_source = rule.ruleset_source;
        const id = branch_rules_int(rule.ruleset_id);
        if (id !== null) {
            snap.ruleset_id = id;
            ids.add(id);
        }
        snapshot.push(snap);
        const params = parameters ?? {};
        switch (type) {
            case 'pull_request': {
                p.pull_request_required = true;
                const count = branch_rules_int(params.required_approving_review_count) ?? 0;
                p.required_approving_review_count = Math.max(p.required_approving_review_count ?? 0, count);
                p.dismiss_stale_reviews_on_push ||= bool(params.dismiss_stale_reviews_on_push);
                p.require_code_owner_review ||= bool(params.require_code_owner_review);
                p.require_last_push_approval ||= bool(params.require_last_push_approval);
                p.required_review_thread_resolution ||= bool(params.required_review_thread_resolution);
                break;
            }
            case 'required_status_checks': {
                const checks = Array.isArray(params.required_status_checks) ? params.required_status_checks : [];
                for (const c of checks) {
                    const check = obj(c);
                    if (typeof check.context === 'string') {
                        addCheck(p.required_status_checks, { context: check.context, integration_id: branch_rules_int(check.integration_id) });
                    }
                }
                p.strict_required_status_checks ||= bool(params.strict_required_status_checks_policy);
                break;
            }
            case 'required_signatures':
                p.required_signatures = true;
                break;
            case 'non_fast_forward':
                p.blocks_force_push = true;
                break;
            case 'deletion':
                p.blocks_deletion = true;
                break;
            default:
                break;
        }
    }
    return { ...p, rule_count: snapshot.length, ruleset_ids: [...ids].sort((a, b) => a - b), raw: snapshot };
}
/** Classic protection body → the same normalised fields. */
function normalizeClassic(body) {
    const b = obj(body);
    const p = emptyProtection();
    if (b.required_pull_request_reviews && typeof b.required_pull_request_reviews === 'object') {
        const r = obj(b.required_pull_request_reviews);
        p.pull_request_required = true;
        p.required_approving_review_count = branch_rules_int(r.required_approving_review_count) ?? 0;
        p.dismiss_stale_reviews_on_push = bool(r.dismiss_stale_reviews);
        p.require_code_owner_review = bool(r.require_code_owner_reviews);
        p.require_last_push_approval = bool(r.require_last_push_approval);
    }
    p.required_review_thread_resolution = bool(obj(b.required_conversation_resolution).enabled);
    if (b.required_status_checks && typeof b.required_status_checks === 'object') {
        const s = obj(b.required_status_checks);
        const checks = Array.isArray(s.checks) ? s.checks : [];
        for (const c of checks) {
            const check = obj(c);
            if (typeof check.context === 'string') {
                addCheck(p.required_status_checks, { context: check.context, integration_id: branch_rules_int(check.app_id) });
            }
        }
        // `contexts` is the older list; every entry also appears in `checks` on current GitHub, add any missing.
        for (const c of Array.isArray(s.contexts) ? s.contexts : []) {
            if (typeof c === 'string' && !p.required_status_checks.some(x => x.context === c)) {
                p.required_status_checks.push({ context: c, integration_id: null });
            }
        }
        p.strict_required_status_checks = bool(s.strict);
    }
    p.required_signatures = bool(obj(b.required_signatures).enabled);
    // Classic protection blocks force pushes and deletion unless explicitly allowed.
    p.blocks_force_push = !bool(obj(b.allow_force_pushes).enabled);
    p.blocks_deletion = !bool(obj(b.allow_deletions).enabled);
    p.enforce_admins = bool(obj(b.enforce_admins).enabled);
    return p;
}
async function collectRules(context, branch) {
    const api = context.api;
    const result = await api.paginate(RULES_ROUTE, { owner: context.owner, repo: context.repo, branch });
    const sources = [RULES_ROUTE];
    if (!result.ok) {
        return {
            state: 'unavailable',
            value: null,
            sources,
            missing: (0,github_api/* describeFailure */.I)(result, 'Rulesets for the branch', 'Reading rules for a branch needs Metadata: read (granted to every workflow token that can read the repository).')
        };
    }
    const value = normalizeRules(result.data);
    if (result.truncated) {
        return { state: 'partial', value, sources, missing: { reason: 'The list of rules was cut short.' } };
    }
    return { state: 'complete', value, sources };
}
function isUpgradeRequired(failure) {
    // Private repositories on GitHub Free: "Upgrade to GitHub Pro or make this repository public to enable this feature."
    return failure.status === 403 && /upgrade to github pro|make this repository public/i.test(failure.message);
}
async function collectClassic(context, branch) {
    const api = context.api;
    const sources = [CLASSIC_ROUTE];
    const result = await api.request(CLASSIC_ROUTE, { owner: context.owner, repo: context.repo, branch });
    if (result.ok) {
        return { state: 'complete', value: { protected: true, ...normalizeClassic(result.data) }, sources };
    }
    // GitHub answers 404 "Branch not protected" for an unprotected branch: that is a decided fact. Its
    // message is the only thing telling it apart from a 404 for a repository the token may not see.
    if (result.kind === 'not_found' && /branch not protected/i.test(result.message)) {
        return { state: 'complete', value: { protected: false, reason: 'GitHub answered 404 "Branch not protected".' }, sources };
    }
    if (isUpgradeRequired(result)) {
        return {
            state: 'complete',
            value: {
                protected: false,
                reason: 'Classic branch protection is not available for this private repository on its plan (403 "Upgrade to GitHub Pro …").'
            },
            sources
        };
    }
    if (result.kind === 'forbidden' || result.kind === 'not_found') {
        const d = (0,github_api/* describeFailure */.I)(result, 'Classic branch protection', branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez);
        return { state: 'unavailable', value: null, sources, missing: { ...d, remedy: branch_rules/* CLASSIC_PROTECTION_REMEDY */.Ez } };
    }
    return { state: 'unavailable', value: null, sources, missing: (0,github_api/* describeFailure */.I)(result, 'Classic branch protection') };
}
/**
 * Whether the active rulesets alone meet every requirement branch.protection has under the policy: then
 * classic protection cannot change its verdict and is not worth another call.
 */
function rulesetsDecide(params, rules) {
    const r = rules.value;
    if (!r)
        return false;
    const reqs = (0,protection/* requirements */.L)(params);
    return reqs.length === 0 ? r.rule_count > 0 : reqs.every(q => q.satisfied(r));
}
/** rulesetsDecide for branch.protection's params when it is enabled; true when it is off. */
function protectionDecidedBy(context, rules) {
    const need = context.neededBy?.find(n => n.control === 'branch.protection');
    return need ? rulesetsDecide(need.params, rules) : true;
}
/**
 * Classic protection was unreadable (the workflow token gets 403 from the protection endpoint). The branch
 * object is readable, and its `protected` is false only when neither classic protection nor a ruleset
 * applies: then "no classic protection" is a decided fact. `protected: true` does not say which of the two
 * protects the branch, so classic protection stays unknown.
 */
async function classicFromBranch(context, branch, classic) {
    const result = await context.api.request(BRANCH_ROUTE, { owner: context.owner, repo: context.repo, branch });
    const sources = [...classic.sources, BRANCH_ROUTE];
    if (result.ok && result.data && result.data.protected === false) {
        return {
            state: 'complete',
            value: {
                protected: false,
                reason: `GitHub says branch "${branch}" is not protected ("protected": false on ${BRANCH_ROUTE}: no classic protection and no ruleset)`
            },
            sources
        };
    }
    const note = result.ok
        ? result.data && result.data.protected === true
            ? `GitHub says the branch is protected ("protected": true), by classic protection or a ruleset — the field does not say which`
            : `${BRANCH_ROUTE} did not say whether the branch is protected`
        : (0,github_api/* describeFailure */.I)(result, 'The branch').reason;
    const missing = classic.missing ? { ...classic.missing, reason: `${classic.missing.reason}; ${note}` } : { reason: note };
    return { ...classic, sources, missing };
}
/**
 * True when the plan says which controls read the branch rules and none but branch.protection and
 * commits.signed does: then classic protection can wait for the rulesets' answer (classicCouldDecide).
 * checks.required adds classic protection's required checks, so with it enabled classic protection is read.
 */
function classicReadersKnown(context) {
    const by = context.neededBy;
    return by !== undefined && by.every(n => n.control === 'branch.protection' || n.control === 'commits.signed');
}
/**
 * Whether classic protection could change a verdict, given the rulesets: branch.protection when the rulesets
 * alone do not meet every requirement; commits.signed when neither the policy (`required: true`) nor a ruleset
 * already requires signatures.
 */
function classicCouldDecide(context, rules) {
    return (context.neededBy ?? []).some(n => {
        if (n.control === 'branch.protection')
            return !rulesetsDecide(n.params, rules);
        if (n.control === 'commits.signed')
            return n.params.required !== true && !(rules.state === 'complete' && rules.value?.required_signatures);
        return true;
    });
}
/** The rulesets decide every verdict that reads the branch rules: classic protection is not read (one call fewer). */
function rulesOnly(branch, rules) {
    const classic = {
        state: 'not_collected',
        value: null,
        sources: [],
        missing: { reason: 'Not read: the active rulesets meet every requirement the enabled controls judge, so classic protection could not change a verdict.' }
    };
    const value = { branch, rules, classic };
    if (rules.state === 'complete')
        return { state: 'complete', value, sources: [RULES_ROUTE] };
    return {
        state: rules.state === 'unavailable' ? 'unavailable' : 'partial',
        value: rules.state === 'unavailable' ? null : value,
        // only the rulesets were asked
        sources: [RULES_ROUTE],
        missing: rules.missing
    };
}
const branchRulesCollector = {
    group: 'branch_rules',
    after: 'pull_request',
    async collect(context) {
        const sources = [RULES_ROUTE, CLASSIC_ROUTE, BRANCH_ROUTE];
        const branch = targetBranch(context.record.subject.base_ref);
        if (!context.api) {
            return {
                state: 'unavailable',
                value: null,
                sources,
                missing: {
                    reason: 'No GitHub API available (offline run), so branch rules and protection could not be read.',
                    remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
                }
            };
        }
        if (!branch) {
            return { state: 'unavailable', value: null, sources, missing: { reason: 'The target branch is not known.' } };
        }
        // Classic protection is read beside the rulesets whenever a control other than branch.protection (and
        // commits.signed, below) may read it; otherwise only once the rulesets leave a verdict open.
        const onlyRulesetsMayDecide = classicReadersKnown(context);
        const rulesRead = collectRules(context, branch);
        const classicRead = onlyRulesetsMayDecide ? null : collectClassic(context, branch);
        const rules = await rulesRead;
        let unreadClassic;
        if (classicRead)
            unreadClassic = await classicRead;
        else if (classicCouldDecide(context, rules))
            unreadClassic = await collectClassic(context, branch);
        else
            return rulesOnly(branch, rules);
        // One more call, only when it can decide: classic protection unreadable and the rulesets not enough alone.
        const classic = unreadClassic.state === 'unavailable' && rules.state === 'complete' && !protectionDecidedBy(context, rules)
            ? await classicFromBranch(context, branch, unreadClassic)
            : unreadClassic;
        const value = { branch, rules, classic };
        const states = [rules.state, classic.state];
        if (states.every(s => s === 'complete'))
            return { state: 'complete', value, sources };
        if (states.every(s => s === 'unavailable')) {
            const reason = [rules.missing?.reason, classic.missing?.reason].filter(Boolean).join('; ');
            const remedy = [rules.missing?.remedy, classic.missing?.remedy].filter(Boolean).join(' ');
            return { state: 'unavailable', value: null, sources, missing: { reason, ...(remedy ? { remedy } : {}) } };
        }
        return { state: 'partial', value, sources, missing: classic.state !== 'complete' ? classic.missing : rules.missing };
    }
};

;// CONCATENATED MODULE: ./src/collect/checks.ts

const CHECK_RUNS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const STATUS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{ref}/status';
const CHECKS_HINT = 'Reading check runs and commit statuses needs Checks: read and Statuses: read (add `checks: read` and `statuses: read` to the workflow `permissions:`).';
const checks_obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const str = (v) => (typeof v === 'string' ? v : null);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
function toCheckRun(raw) {
    const r = checks_obj(raw);
    const app = checks_obj(r.app);
    return {
        id: num(r.id),
        name: str(r.name) ?? '',
        status: str(r.status) ?? 'unknown',
        conclusion: str(r.conclusion),
        app_slug: str(app.slug),
        app_id: num(app.id),
        html_url: str(r.html_url),
        started_at: str(r.started_at),
        completed_at: str(r.completed_at)
    };
}
function toStatus(raw) {
    const s = checks_obj(raw);
    return {
        context: str(s.context) ?? '',
        state: str(s.state) ?? 'unknown',
        target_url: str(s.target_url),
        description: str(s.description),
        updated_at: str(s.updated_at)
    };
}
async function atSha(context, sha, role) {
    const api = context.api;
    const params = { owner: context.owner, repo: context.repo, ref: sha };
    const [runs, statuses] = await Promise.all([
        api.paginate(CHECK_RUNS_ROUTE, { ...params, filter: 'latest' }, { itemsKey: 'check_runs' }),
        api.paginate(STATUS_ROUTE, params, { itemsKey: 'statuses' })
    ]);
    const checkRuns = runs.ok
        ? { state: runs.truncated ? 'partial' : 'complete', value: runs.data.map(toCheckRun), sources: [CHECK_RUNS_ROUTE] }
        : { state: 'unavailable', value: null, sources: [CHECK_RUNS_ROUTE], missing: (0,github_api/* describeFailure */.I)(runs, `Check runs at ${sha.slice(0, 7)}`, CHECKS_HINT) };
    const commitStatuses = statuses.ok
        ? { state: statuses.truncated ? 'partial' : 'complete', value: statuses.data.map(toStatus), sources: [STATUS_ROUTE] }
        : { state: 'unavailable', value: null, sources: [STATUS_ROUTE], missing: (0,github_api/* describeFailure */.I)(statuses, `Commit statuses at ${sha.slice(0, 7)}`, CHECKS_HINT) };
    return { sha, role, check_runs: checkRuns, statuses: commitStatuses };
}
const checksCollector = {
    group: 'checks',
    after: 'pull_request',
    async collect(context) {
        const sources = [CHECK_RUNS_ROUTE, STATUS_ROUTE];
        if (!context.api) {
            return {
                state: 'unavailable',
                value: null,
                sources,
                missing: {
                    reason: 'No GitHub API available (offline run), so check results could not be read.',
                    remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
                }
            };
        }
        const { head_sha, merge_sha } = context.record.subject;
        const shas = [];
        if (head_sha)
            shas.push([head_sha, 'head']);
        if (merge_sha && merge_sha !== head_sha)
            shas.push([merge_sha, 'merge']);
        if (shas.length === 0)
            return { state: 'unavailable', value: null, sources, missing: { reason: 'The head SHA is not known.' } };
        const at = await Promise.all(shas.map(([sha, role]) => atSha(context, sha, role)));
        const value = { self_check_names: [...context.selfCheckNames], at };
        const groups = at.flatMap(a => [a.check_runs, a.statuses]);
        if (groups.every(g => g.state === 'complete'))
            return { state: 'complete', value, sources };
        if (groups.every(g => g.state === 'unavailable')) {
            return { state: 'unavailable', value: null, sources, missing: groups[0].missing };
        }
        return { state: 'partial', value, sources, missing: groups.find(g => g.state !== 'complete')?.missing };
    }
};

// EXTERNAL MODULE: ./src/collect/codeowners.ts
var codeowners = __nccwpck_require__(25429);
;// CONCATENATED MODULE: ./src/collect/push.ts
/**
 * `push` collector: on a push event, for each pushed commit (context.pushedCommits, capped at the
 * change.unreviewed-push `max-commits` param, default 250), the pull requests GitHub associates with it
 * (`GET /repos/{o}/{r}/commits/{commit_sha}/pulls`), whether one of them was merged into the pushed branch,
 * and for each such PR its merger (`GET …/pulls/{n}`; the list answer lacks merged_by) and reviews.
 */



const COMMIT_PULLS_ROUTE = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
const PULL_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const REVIEWS_ROUTE = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews';
const DEFAULT_MAX_COMMITS = 250;
const CONCURRENCY = 6;
const push_obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const push_str = (v) => (typeof v === 'string' ? v : null);
function toActor(v) {
    const a = push_obj(v);
    if (typeof a.login !== 'string')
        return null;
    return { login: a.login, ...(typeof a.type === 'string' ? { type: a.type } : {}), ...(typeof a.id === 'number' ? { id: a.id } : {}) };
}
function toReview(v) {
    const r = push_obj(v);
    return {
        id: typeof r.id === 'number' ? r.id : 0,
        user: toActor(r.user),
        state: push_str(r.state) ?? 'UNKNOWN',
        commit_id: push_str(r.commit_id),
        submitted_at: push_str(r.submitted_at),
        ...(typeof r.author_association === 'string' ? { author_association: r.author_association } : {})
    };
}
async function pool(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    });
    await Promise.all(workers);
    return out;
}
const pushCollector = {
    group: 'push',
    after: 'changes',
    async collect(context) {
        const sources = [COMMIT_PULLS_ROUTE, PULL_ROUTE, REVIEWS_ROUTE];
        const { record } = context;
        if (record.event.name !== 'push') {
            return { state: 'not_collected', value: null, sources: [], missing: { reason: `Not a push event (${record.event.name}).` } };
        }
        if (!context.api) {
            return {
                state: 'unavailable',
                value: null,
                sources,
                missing: {
                    reason: 'No GitHub API available (offline run), so pushed commits could not be matched to pull requests.',
                    remedy: 'Run with a GitHub token (github-token input or GITHUB_TOKEN).'
                }
            };
        }
        const pushed = context.pushedCommits ?? record.commits;
        const commits = pushed.value;
        if (!commits) {
            return {
                state: 'unavailable',
                value: null,
                sources,
                missing: {
                    reason: `The pushed commits are not known: ${pushed.missing?.reason ?? 'not collected'}.`,
                    ...(pushed.missing?.remedy ? { remedy: pushed.missing.remedy } : {})
                }
            };
        }
        const param = (0,collect_context/* neededParam */.N)(context.neededBy, 'max-commits');
        const max = typeof param === 'number' && param > 0 ? Math.floor(param) : DEFAULT_MAX_COMMITS;
        const branch = targetBranch(record.event.ref ?? record.subject.base_ref);
        const api = context.api;
        const base = { owner: context.owner, repo: context.repo };
        const considered = commits.slice(0, max);
        const lookups = await pool(considered, CONCURRENCY, async (c) => {
            const fact = {
                sha: c.sha,
                author_login: c.author.login ?? null,
                author_name: c.author.name ?? null,
                committer_login: c.committer.login ?? null,
                parents_count: c.parents.length,
                lookup: 'ok',
                associated: [],
                merged_pr: null
            };
            const res = await api.paginate(COMMIT_PULLS_ROUTE, { ...base, commit_sha: c.sha });
            if (!res.ok) {
                fact.lookup = 'failed';
                fact.missing = (0,github_api/* describeFailure */.I)(res, `Pull requests of commit ${c.sha.slice(0, 7)}`, 'Listing the pull requests of a commit needs Pull requests: read (`pull-requests: read` in the workflow permissions) and Contents: read.');
                return fact;
            }
            fact.associated = res.data.map((p) => {
                const pr = push_obj(p);
                return {
                    number: typeof pr.number === 'number' ? pr.number : 0,
                    state: push_str(pr.state) ?? 'unknown',
                    merged_at: push_str(pr.merged_at),
                    base_ref: push_str(push_obj(pr.base).ref) ?? '',
                    merge_commit_sha: push_str(pr.merge_commit_sha)
                };
            });
            const merged = fact.associated.filter(p => p.merged_at && p.base_ref === branch);
            // Prefer the PR whose merge/squash commit this is, then the earliest-merged one.
            const own = merged.find(p => p.merge_commit_sha === c.sha);
            const first = [...merged].sort((a, b) => (a.merged_at < b.merged_at ? -1 : 1))[0];
            fact.merged_pr = (own ?? first)?.number ?? null;
            return fact;
        });
        const numbers = [...new Set(lookups.map(l => l.merged_pr).filter((n) => n !== null))];
        const pulls = await pool(numbers, CONCURRENCY, async (n) => {
            const [pr, reviews] = await Promise.all([
                api.request(PULL_ROUTE, { ...base, pull_number: n }),
                api.paginate(REVIEWS_ROUTE, { ...base, pull_number: n })
            ]);
            const assoc = lookups.flatMap(l => l.associated).find(a => a.number === n);
            const fact = {
                number: n,
                html_url: null,
                author: null,
                merged_at: assoc?.merged_at ?? null,
                merged_by: null,
                merge_commit_sha: assoc?.merge_commit_sha ?? null,
                base_ref: assoc?.base_ref ?? branch,
                reviews: reviews.ok
                    ? { state: reviews.truncated ? 'partial' : 'complete', value: reviews.data.map(toReview), sources: [REVIEWS_ROUTE] }
                    : { state: 'unavailable', value: null, sources: [REVIEWS_ROUTE], missing: (0,github_api/* describeFailure */.I)(reviews, `Reviews of PR #${n}`) }
            };
            if (pr.ok) {
                const p = push_obj(pr.data);
                fact.html_url = push_str(p.html_url);
                fact.author = toActor(p.user);
                fact.merged_by = toActor(p.merged_by);
                fact.merged_at = push_str(p.merged_at) ?? fact.merged_at;
                fact.merge_commit_sha = push_str(p.merge_commit_sha) ?? fact.merge_commit_sha;
            }
            else {
                fact.missing = (0,github_api/* describeFailure */.I)(pr, `Pull request #${n}`);
            }
            return fact;
        });
        const value = {
            branch,
            total_commits: commits.length,
            max_commits: max,
            truncated: commits.length > max || pushed.state === 'partial',
            commits: lookups,
            pulls: Object.fromEntries(pulls.map(p => [String(p.number), p]))
        };
        const anyFailed = lookups.some(l => l.lookup === 'failed') || pulls.some(p => p.missing || p.reviews.state !== 'complete');
        if (value.truncated || anyFailed) {
            const reasons = [];
            if (value.truncated)
                reasons.push(`only the first ${Math.min(max, commits.length)} of ${commits.length}${pushed.state === 'partial' ? '+' : ''} pushed commits were looked up (max-commits ${max})`);
            if (anyFailed)
                reasons.push('some lookups failed (see each commit and pull request)');
            return { state: 'partial', value, sources, missing: { reason: reasons.join('; ') } };
        }
        return { state: 'complete', value, sources };
    }
};

;// CONCATENATED MODULE: ./src/collect/index.ts





/**
 * A collector whose code is loaded only when its group is planned. The secrets scanner (rules, RE2 engine)
 * and the IaC parsers (tree-sitter and its wasm) are most of the bundle: the dynamic import makes ncc emit
 * them as chunks that a change without such facts never loads, so start-up does not pay for them.
 * `after` is written here too: __tests__/collect/lazy-collectors.test.ts checks it against the real one.
 */
function lazyCollector(group, after, load, hooks = {}) {
    let loading = null;
    const loaded = () => (loading ??= load());
    return {
        ...hooks,
        group,
        after,
        prepare: () => void loaded().catch(() => undefined),
        collect: async (context) => (await loaded()).collect(context)
    };
}
const FACT_COLLECTORS = {
    branch_rules: branchRulesCollector,
    checks: checksCollector,
    codeowners: codeowners/* codeownersCollector */.p1,
    push: pushCollector,
    // The checkout's diff and commit count started at start-up are the secrets scan's alone.
    secrets: lazyCollector('secrets', 'pull_request', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(815), __nccwpck_require__.e(519), __nccwpck_require__.e(990), __nccwpck_require__.e(710), __nccwpck_require__.e(820)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1710))).secretsCollector, {
        unplanned: () => void (0,run/* dropEarly */.tj)(['diff', 'count'])
    }),
    iac: lazyCollector('iac', 'changes', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(519), __nccwpck_require__.e(658), __nccwpck_require__.e(895)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69895))).iacCollector),
    // Off by default; its path globs (minimatch) load only when the policy enables it.
    ai: lazyCollector('ai', 'changes', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(298)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5298))).aiCollector)
};

// EXTERNAL MODULE: ./src/collect/read-at.ts
var read_at = __nccwpck_require__(32968);
// EXTERNAL MODULE: ./src/policy/path.ts
var path = __nccwpck_require__(78563);
;// CONCATENATED MODULE: ./src/engine.ts
/**
 * The engine, one straight pipeline used by the action, the CLI and the audit command alike:
 *
 *   read the pull request → choose the policy (at the base commit) → plan the fact groups the enabled
 *   controls need → collect them → evaluate (pure) → results → evidence bundle
 *
 * `judgeChange` judges one change in-process and can be called many times with shared deps (one API
 * client, per-commit file caches); `runGate` is one judged change written as an evidence bundle.
 * Evidence is always written, also when the policy is invalid, the event unsupported or the API failing.
 */










let partsLoading = null;
/** The policy, controls, evaluation and bundle writer, loaded on demand (see src/engine-parts.ts). */
function engineParts() {
    return (partsLoading ??= Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(815), __nccwpck_require__.e(658), __nccwpck_require__.e(578), __nccwpck_require__.e(461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 88461)));
}
/** Resolves once a request is on the wire (or `settled` settles first: no request is sent, or it failed before). */
function engine_requestSent(settled) {
    let cancel = () => undefined;
    const sent = new Promise(resolve => (cancel = whenRequestSent(resolve)));
    // Settled without a request on the wire: the subscriber is removed, not left for a later request.
    const over = settled.then(cancel, cancel);
    return Promise.race([sent, over]);
}
function createSharedCaches() {
    return { readers: new Map(), memo: new Map() };
}
const DEADLINE = Symbol('deadline');
/** The record's groups still unread when the deadline passed: unread for want of time, not of a permission, and said so. */
function markUnread(record) {
    const late = (0,model_record/* unavailable */.hU)({ reason: 'not read before the run-wide deadline (timeout-minutes)', remedy: 'Raise timeout-minutes or re-run.' });
    const groups = record;
    for (const [key, group] of Object.entries(groups))
        if (group !== null && typeof group === 'object' && group.state === 'not_collected')
            groups[key] = late;
}
/** Resolve `work`, or DEADLINE once the deadline passes (work goes on in the background, unawaited). */
function beforeDeadline(work, deadline) {
    if (!deadline)
        return work;
    const left = deadline - Date.now();
    if (left <= 0)
        return Promise.resolve(DEADLINE);
    let timer;
    const timeout = new Promise(resolve => {
        timer = setTimeout(() => resolve(DEADLINE), left);
        timer.unref?.();
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
/** The fact groups the enabled controls need, in collection order. */
function planFacts(controls, policy) {
    const needed = new Set();
    for (const control of controls)
        if (policy.controls[control.meta.id]?.enabled)
            for (const group of control.meta.needs)
                needed.add(group);
    return [...needed];
}
function readerFor(caches, target, api, checkoutDir) {
    const key = `${target.owner}/${target.repo}\u0000${checkoutDir ?? ''}`;
    let reader = caches.readers.get(key);
    if (!reader)
        caches.readers.set(key, (reader = (0,read_at/* createFileReader */.gr)({ owner: target.owner, repo: target.repo, checkoutDir, api })));
    return reader;
}
/** The commit a change builds on, where its judging policy is read. */
function policyCommit(record, target) {
    if (target.kind === 'push') {
        const before = record.event.before;
        if (before && !/^0+$/.test(before))
            return { sha: before, role: 'before' };
        // A new branch: no commit before the push. The merged PR's base, when one was found, else unknown.
        return record.subject.base_sha ? { sha: record.subject.base_sha, role: 'base' } : null;
    }
    const sha = target.baseSha ?? record.subject.base_sha;
    return sha ? { sha, role: 'base' } : null;
}
/** Judge one change: collect its facts, choose its policy, evaluate. No bundle is written here. */
async function judgeChange(target, request, deps = {}) {
    const collectors = deps.collectors ?? FACT_COLLECTORS;
    const now = deps.now ?? (() => new Date());
    const calls = deps.apiCalls ?? [];
    const caches = deps.caches ?? createSharedCaches();
    const api = deps.api ?? null;
    const errors = [];
    let timedOut = false;
    const deadlineMessage = 'The run-wide deadline (timeout-minutes) was reached before every fact was read; what was not read is not verified. Raise timeout-minutes or re-run.';
    // 1. The pull request (on a push: the pushed commits and the merged PR holding them). When the event names
    // the base commit (a pull request's base SHA), its policy is read at the same time: one round trip, not two.
    // The rest of the engine (policy loader, controls, evaluation) is loaded and compiled once the first request is
    // on the wire, while GitHub answers, rather than before it is sent (src/engine-parts.ts); the policy file's
    // read does not wait for it, only its parsing does.
    const pending = readPullRequest({ target, api, apiUnavailableReason: request.apiUnavailableReason, apiCalls: calls, now });
    const reader = readerFor(caches, target, api, request.checkoutDir);
    const eventCommit = target.kind !== 'push' && target.baseSha ? { sha: target.baseSha, role: 'base' } : null;
    // The policy file at the event's base commit is read beside the pull request, in the same round trip; the
    // reader keeps the answer for choosePolicy (the same ref and path), which parses it once the loader is loaded.
    const prefetchPath = (0,path/* cleanPolicyPath */.R)(request.policyPath ?? path/* DEFAULT_POLICY_PATH */.l);
    if (eventCommit && prefetchPath && !request.localPolicyFile)
        reader.readAt(eventCommit.sha, prefetchPath).catch(() => undefined);
    const sent = engine_requestSent(pending);
    const parts = sent.then(engineParts);
    parts.catch(() => undefined);
    const choose = (commit) => parts
        .then(({ CONTROLS, DEFAULT_POLICY_TEXT, choosePolicy }) => choosePolicy({
        controls: deps.controls ?? CONTROLS,
        defaultText: deps.defaultPolicyText ?? DEFAULT_POLICY_TEXT,
        repoPath: request.policyPath,
        localFile: request.localPolicyFile ?? null,
        commit,
        reader
    }))
        .then(choice => ({ choice }), (error) => ({ error }));
    const earlyChoice = eventCommit || request.localPolicyFile ? choose(eventCommit) : null;
    const first = await beforeDeadline(pending, request.deadline);
    let core;
    if (first === DEADLINE) {
        timedOut = true;
        const record = emptyRecord(target, calls, now());
        markUnread(record);
        core = { record, fatal: [deadlineMessage], pullFiles: null, pushedCommits: null, pull: null };
    }
    else {
        core = first;
    }
    const { record } = core;
    if (request.run)
        record.run = request.run;
    errors.push(...core.fatal);
    if (!api && request.apiUnavailableReason)
        errors.push(request.apiUnavailableReason.error);
    // The PR's lists are read as soon as the PR is, also while the engine's parts still load.
    const lists = timedOut ? null : readPullLists(core, api, request.checkoutDir);
    const listed = lists?.listed ?? Promise.resolve();
    const changes = lists?.done ?? Promise.resolve();
    const { CONTROLS, ADJUSTERS, PolicyError, policyEditNote, evaluate, summarize } = await parts;
    const controls = deps.controls ?? CONTROLS;
    const adjusters = deps.adjusters ?? ADJUSTERS;
    // 2. The policy, read at the commit the change builds on (while the PR's lists are read).
    let policy = null;
    const commit = policyCommit(record, target);
    // When the change itself could not be read, the policy is still applied where it can be read, so the
    // evidence says which controls could not be judged; its own failure then adds nothing to the one error.
    const fatal = errors.length > 0;
    if (!timedOut && (!fatal || commit || request.localPolicyFile)) {
        const sameCommit = earlyChoice && (request.localPolicyFile || (commit && eventCommit && commit.sha === eventCommit.sha && commit.role === eventCommit.role));
        const chosen = await beforeDeadline(sameCommit ? earlyChoice : choose(commit), request.deadline);
        if (chosen === DEADLINE) {
            timedOut = true;
            errors.push(deadlineMessage);
        }
        else if ('choice' in chosen) {
            policy = chosen.choice.policy;
            record.policy_origin = chosen.choice.origin;
        }
        else {
            const error = chosen.error;
            // After an earlier fatal error a policy that could not be read adds nothing; a local policy file that is
            // invalid is its own problem, said even when GitHub could not be reached.
            if (!fatal || (error instanceof PolicyError && request.localPolicyFile)) {
                errors.push(error instanceof PolicyError ? `Invalid policy:\n${error.message}` : `Policy could not be loaded: ${error.message}`);
            }
        }
    }
    // 3. Plan and collect the fact groups the enabled controls need.
    const plan = policy && !timedOut ? planFacts(controls, policy) : [];
    for (const collector of Object.values(collectors))
        if (!plan.includes(collector.group))
            collector.unplanned?.();
    if (policy && !timedOut) {
        // Code loaded on demand (the secrets scanner, the IaC parsers) starts loading while the lists are read.
        for (const group of plan)
            collectors[group].prepare?.();
        const context = () => ({
            owner: target.owner,
            repo: target.repo,
            record,
            api,
            reader,
            checkoutDir: request.checkoutDir,
            selfCheckNames: request.selfCheckNames,
            listedPullFiles: () => listed.then(() => core.pullFiles ?? null, () => null),
            pushedCommits: core.pushedCommits,
            changes
        });
        const collected = new Map();
        const neededBy = (0,collect_context/* needsByGroup */.K)(controls, policy.controls);
        const run = async (group, ctx) => {
            try {
                collected.set(group, await collectors[group].collect({ ...ctx, neededBy: neededBy.get(group) ?? [] }));
            }
            catch (error) {
                const message = error?.message ?? String(error);
                record.errors.push({ stage: `collect.${group}`, message });
                collected.set(group, (0,model_record/* unavailable */.hU)({ reason: `Collecting ${group} failed: ${message}`, remedy: 'Re-run; if it persists, report it with the evidence bundle.' }));
            }
        };
        const early = plan.filter(g => collectors[g].after === 'pull_request');
        const late = plan.filter(g => collectors[g].after === 'changes');
        // Also when the change itself was unread (an error already): each collector reads what it still can (the
        // target branch and head SHA are known from the event) and says why the rest is missing, so the evidence
        // keeps every fact that is known.
        // The groups that need the change's lists start as soon as those are read (the reviewers' permissions may
        // still be on the way), beside the early ones; a group that judges approvers awaits `changes` itself.
        const work = (async () => {
            const earlyCtx = context();
            await Promise.all([
                ...early.map(g => run(g, earlyCtx)),
                changes,
                listed.then(() => {
                    const lateCtx = context();
                    return Promise.all(late.map(g => run(g, lateCtx)));
                })
            ]);
        })();
        if ((await beforeDeadline(work, request.deadline)) === DEADLINE) {
            timedOut = true;
            errors.push(deadlineMessage);
            markUnread(record);
        }
        for (const group of plan) {
            const value = collected.get(group) ?? (0,model_record/* unavailable */.hU)({ reason: 'Not read before the run-wide deadline (timeout-minutes).', remedy: 'Raise timeout-minutes or re-run.' });
            record.facts[group] = value;
        }
        const note = policyEditNote(record.policy_origin, record.files.value ?? []);
        if (note)
            policy = { ...policy, notes: [...(policy.notes ?? []), note] };
    }
    else if (!timedOut) {
        await changes;
    }
    // 4. Evaluate (pure) and assemble the results.
    const evaluation = policy ? evaluate(controls, policy, record, adjusters, errors) : summarize([], errors);
    const pr = record.pull_request.value;
    const results = {
        $schema: 'https://compliance-gate.dev/schemas/results/v1.json',
        bundle_version: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        mode: request.mode,
        evaluated_at: now().toISOString(),
        subject: { ...record.subject, repository: record.repository.full_name, pull_request: pr?.number ?? record.subject.pull_request_number ?? null },
        errors,
        policy_notes: policy?.notes ?? [],
        ...evaluation
    };
    return { record, policy, results, timedOut };
}
/** The change a run of the action or CLI judges: the CLI's own target, else the triggering event. */
function targetOf(settings) {
    if (settings.target)
        return settings.target;
    if (settings.eventError)
        throw new Error(settings.eventError);
    return targetFromEvent(settings.eventName, settings.eventPayload, settings.repository, settings.prNumber);
}
/** Judge the change of a run and write its evidence bundle. */
async function runGate(settings, deps = {}) {
    const now = deps.now ?? (() => new Date());
    const calls = deps.apiCalls ?? [];
    const log = deps.log ?? (() => undefined);
    const deadline = settings.timeoutMinutes ? Date.now() + settings.timeoutMinutes * 60_000 : null;
    let target = null;
    let targetError = null;
    try {
        target = targetOf(settings);
    }
    catch (error) {
        targetError = error.message;
    }
    let judged;
    if (target) {
        let api = null;
        let apiUnavailableReason;
        if (deps.api !== undefined) {
            api = deps.api;
        }
        else if (settings.token) {
            api = createGitHubApi({
                token: settings.token,
                baseUrl: settings.apiUrl,
                timeoutMs: settings.httpTimeoutMs,
                retryAfterBaseMs: settings.retryAfterBaseMs,
                calls,
                log,
                userAgent: `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`
            });
        }
        else {
            apiUnavailableReason = {
                reason: 'No GitHub token was given, so no fact could be read from the GitHub API.',
                remedy: 'Set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.',
                error: 'No GitHub token: set the github-token input (its default is ${{ github.token }}) or GITHUB_TOKEN for the CLI.'
            };
        }
        try {
            judged = await judgeChange(target, {
                policyPath: settings.policyPath,
                localPolicyFile: settings.localPolicyFile ?? null,
                checkoutDir: settings.checkoutDir,
                selfCheckNames: settings.selfCheckNames,
                mode: settings.mode,
                run: settings.run,
                deadline,
                apiUnavailableReason
            }, { ...deps, api, apiCalls: calls });
        }
        catch (error) {
            const record = emptyRecord(target, calls, now());
            record.errors.push({ stage: 'collect', message: error?.stack ?? String(error) });
            judged = await failedJudgement(record, settings, [`Judging the change failed: ${error?.message ?? String(error)}`], now);
        }
    }
    else {
        const fallback = {
            owner: settings.repository.owner,
            repo: settings.repository.repo,
            kind: 'pull_request',
            prNumber: settings.prNumber,
            headSha: null,
            baseRef: null,
            baseSha: null,
            mergeSha: null,
            event: { name: settings.eventName },
            pushedCommits: []
        };
        const record = emptyRecord(fallback, calls, now());
        if (settings.run)
            record.run = settings.run;
        judged = await failedJudgement(record, settings, [targetError ?? 'No change to judge.'], now);
    }
    const { renderSummary, writeBundle } = await engineParts();
    const summary = renderSummary(judged.record, judged.results, { policy: judged.policy });
    const bundle = await writeBundle(settings.evidenceDir, { record: judged.record, policy: judged.policy, results: judged.results, summary }, {}, { workspace: settings.workspace, fallbackDir: settings.evidenceFallbackDir ?? null });
    // A bundle written to the fallback directory says why in its results.json; the run's results say the same.
    const results = bundle.warnings?.length ? { ...judged.results, warnings: [...judged.results.warnings, ...bundle.warnings] } : judged.results;
    return { ...judged, results, summary, bundle };
}
async function failedJudgement(record, settings, errors, now) {
    const { summarize } = await engineParts();
    const results = {
        $schema: 'https://compliance-gate.dev/schemas/results/v1.json',
        bundle_version: 1,
        tool: { name: version/* TOOL_NAME */.l, version: version/* TOOL_VERSION */.w },
        mode: settings.mode,
        evaluated_at: now().toISOString(),
        subject: { ...record.subject, repository: record.repository.full_name, pull_request: record.subject.pull_request_number ?? settings.prNumber ?? null },
        errors,
        policy_notes: [],
        ...summarize([], errors)
    };
    return { record, policy: null, results, timedOut: false };
}

// EXTERNAL MODULE: ./src/evidence/escape.ts
var evidence_escape = __nccwpck_require__(93326);
;// CONCATENATED MODULE: ./src/report/outputs.ts
function outputsReporter() {
    return {
        name: 'step outputs',
        async report({ run, io }) {
            io.setOutput('result', run.results.result);
            io.setOutput('failed-controls', run.results.failed_controls.join(','));
            io.setOutput('not-verified-controls', run.results.not_verified_controls.join(','));
            io.setOutput('evidence-path', run.bundle.dir);
            io.setOutput('manifest-sha256', run.bundle.manifestSha256);
        }
    };
}

// EXTERNAL MODULE: ./src/report/select.ts
var report_select = __nccwpck_require__(96740);
// EXTERNAL MODULE: ./src/evidence/summary.ts
var evidence_summary = __nccwpck_require__(20797);
;// CONCATENATED MODULE: ./src/report/artifact.ts
/** Upload the evidence bundle as a workflow artifact (input upload-artifact, retention-days). */

function artifactReporter() {
    return {
        name: 'evidence artifact',
        async report({ run, io, settings }) {
            const report = settings.report;
            if (report && !report.uploadArtifact)
                return;
            if (!io.env.ACTIONS_RUNTIME_TOKEN || !io.env.ACTIONS_RESULTS_URL) {
                io.notice(`Artifact upload skipped: the runner gave no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL). The evidence is at ${run.bundle.dir}.`);
                return;
            }
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(26), __nccwpck_require__.e(351), __nccwpck_require__.e(659), __nccwpck_require__.e(252)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91252));
            const client = new DefaultArtifactClient();
            const files = run.bundle.manifest.files.map(f => (0,external_node_path_.join)(run.bundle.dir, f.path)).concat((0,external_node_path_.join)(run.bundle.dir, 'manifest.json'));
            const name = artifactName(run.bundle.dir);
            const retentionDays = report?.retentionDays ?? undefined;
            const uploaded = await client.uploadArtifact(name, files, run.bundle.dir, retentionDays ? { retentionDays } : {});
            io.info(`Evidence uploaded as artifact '${name}' (id ${uploaded.id ?? 'unknown'}).`);
            io.setOutput('artifact-name', name);
        }
    };
}
function artifactName(bundleDir) {
    return `compliance-evidence-${bundleDir.split(/[\\/]/).pop()}`;
}

;// CONCATENATED MODULE: ./src/report/github.ts


function reportApi(settings, calls = []) {
    if (!settings.token)
        return null;
    return createGitHubApi({
        token: settings.token,
        baseUrl: settings.apiUrl,
        timeoutMs: settings.httpTimeoutMs,
        calls,
        userAgent: `${version/* TOOL_NAME */.l}/${version/* TOOL_VERSION */.w}`,
        retries: 1
    });
}
/**
 * The commit a check run belongs on: the PR head (never GITHUB_SHA, the test-merge commit), the merge queue's
 * head for merge_group, the pushed commit for push.
 */
function checkRunShaFromRecord(record) {
    const sha = record.subject.kind === 'merge_group' ? (record.subject.merge_sha ?? record.event.merge_group_head_sha) : record.subject.head_sha;
    return sha && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
}
/** The same, from the event payload alone (before the engine ran); null when the event does not say (workflow_dispatch). */
function checkRunShaFromEvent(eventName, payload) {
    // only the fields read here, each checked below: the payload is whatever the event file holds
    const event = payload;
    let sha = null;
    if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review')
        sha = event.pull_request?.head?.sha;
    else if (eventName === 'merge_group')
        sha = event.merge_group?.head_sha;
    else if (eventName === 'push')
        sha = event.after;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) && !/^0+$/.test(sha) ? sha : null;
}
/** The workflow run's page, for details_url (null outside Actions). */
function runUrl(env) {
    const server = env.GITHUB_SERVER_URL;
    const repo = env.GITHUB_REPOSITORY;
    const id = env.GITHUB_RUN_ID;
    if (!server || !repo || !id || !/^\d+$/.test(id) || !/^https:\/\//.test(server))
        return null;
    return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}${env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
}

;// CONCATENATED MODULE: ./src/report/check-run.ts
/**
 * The `compliance-gate` check run (input check-run; needs `checks: write`).
 *
 * Created `in_progress` on the change's head commit before the engine runs (never GITHUB_SHA, the test-merge
 * commit); after the engine, annotations are sent in PATCHes of at most 50 (GitHub's limit per request; each
 * PATCH appends), then a final PATCH sets the conclusion, a title with the counts and the summary (≤ 65,535
 * characters, cut with a pointer to the evidence artifact). A 403 (a fork PR's read-only token, no
 * `checks: write`) falls back to workflow-command annotations and the job summary, said once; no reporting
 * failure ever changes the gate's verdict or exit code.
 */






const CHECK_RUN_NAME = 'compliance-gate';
/** GitHub's limits (REST "Update a check run"). */
const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_TEXT_LIMIT = 65_535;
function conclusionOf(run) {
    const r = run.results;
    if (r.result === 'error')
        return 'action_required';
    if (r.result === 'fail')
        return r.mode === 'report' ? 'neutral' : 'failure';
    return 'success';
}
function checkRunTitle(run) {
    const r = run.results;
    const c = r.counts;
    const head = r.result === 'error' ? 'Error: could not judge' : r.result === 'fail' ? (r.mode === 'report' ? 'Failed (report mode)' : 'Failed') : 'Passed';
    return `${head}: ${c.fail} failed, ${c.not_verified} not verified, ${c.pass} passed`;
}
/** Cut Markdown at a line boundary to fit `limit`, with a pointer to where the whole text is. */
function fitSummary(markdown, limit, pointer) {
    if (markdown.length <= limit)
        return markdown;
    const tail = `\n\n… truncated: ${pointer}\n`;
    const room = limit - tail.length;
    const cut = markdown.lastIndexOf('\n', room);
    return markdown.slice(0, cut > 0 ? cut : room) + tail;
}
function toCheckAnnotation(l, workspace) {
    const loc = l.finding.location;
    const path = (0,external_node_path_.isAbsolute)(loc.path) ? (0,external_node_path_.relative)(workspace, loc.path) : loc.path;
    const start = loc.line && loc.line > 0 ? loc.line : 1;
    const end = loc.end_line && loc.end_line >= start ? loc.end_line : start;
    const a = {
        path: (0,evidence_escape/* plain */.pj)(path, 1000),
        start_line: start,
        end_line: end,
        annotation_level: l.level === 'error' ? 'failure' : 'warning',
        // Plain text (the API shows it as is): the PR's control characters made visible, our own line break kept.
        message: [(0,evidence_escape/* plain */.pj)(l.finding.message, 30_000), (0,evidence_escape/* plain */.pj)(l.finding.remedy ?? l.verdict.remedy ?? '', 30_000)].filter(Boolean).join('\n'),
        title: (0,evidence_escape/* plain */.pj)((0,report_select/* annotationTitle */.qF)(l), 255)
    };
    // Columns only on single-line annotations (the API rejects them otherwise).
    if (start === end && loc.column) {
        a.start_column = loc.column;
        a.end_column = loc.end_column && loc.end_column >= loc.column ? loc.end_column : loc.column;
    }
    return a;
}
function checkRunReporter(options = {}) {
    let api = options.api;
    let id = null;
    let createdOn = null;
    let forbidden = null;
    /** The create sent at the start, answered while facts are collected (a slow check-runs API never holds them up). */
    let creating = null;
    /** The start's create failed with no answer at all (timed out, connection refused): not tried again at the end. */
    let unanswered = null;
    const fallback = (shared, io, why) => {
        if (shared.checkRunUnavailable)
            return;
        // The advice follows the cause: a permission for a 403, the token for a 401, else GitHub's side.
        const advice = /^403\b/.test(why)
            ? 'Grant `checks: write` (not available to pull requests from forks: see the two-workflow pattern in the README).'
            : /^401\b/.test(why)
                ? 'GitHub rejected the token: check the github-token input.'
                : 'GitHub did not accept the check-run request: re-run; if it persists, check https://www.githubstatus.com.';
        shared.checkRunUnavailable = `The ${CHECK_RUN_NAME} check run could not be written (${why}); findings are shown as workflow annotations and in this summary instead. ${advice}`;
        io.warning((0,evidence_escape/* plain */.pj)(shared.checkRunUnavailable, 1000));
    };
    async function create(io, owner, repo, sha, body) {
        const answer = await api.request('POST /repos/{owner}/{repo}/check-runs', { owner, repo, name: CHECK_RUN_NAME, head_sha: sha, ...body });
        if (answer.ok && typeof answer.data?.id === 'number') {
            id = answer.data.id;
            createdOn = sha;
            return true;
        }
        if (!answer.ok && (answer.kind === 'forbidden' || answer.kind === 'unauthorized'))
            forbidden = `${answer.status} ${answer.message}`;
        else if (!answer.ok && answer.status === null)
            unanswered = `no answer: ${answer.message}`;
        else if (!answer.ok)
            io.info(`compliance-gate: creating the check run failed (${(0,evidence_escape/* plain */.pj)(answer.message, 300)}); will try again when the verdict is known.`);
        return false;
    }
    return {
        name: 'check run',
        async start({ settings, io }) {
            if (!settings.report?.checkRun)
                return;
            if (api === undefined)
                api = reportApi(settings);
            if (!api)
                return;
            const sha = checkRunShaFromEvent(settings.eventName, settings.eventPayload);
            if (!sha)
                return; // workflow_dispatch: created once the record names the head
            const details = runUrl(io.env);
            creating = create(io, settings.repository.owner, settings.repository.repo, sha, {
                status: 'in_progress',
                started_at: new Date().toISOString(),
                ...(details ? { details_url: details } : {}),
                output: { title: 'Judging the change…', summary: 'compliance-gate is collecting facts and judging this change.' }
            }).catch(() => false);
        },
        async report({ settings, run, io, shared }) {
            if (!settings.report?.checkRun)
                return;
            if (creating)
                await creating;
            if (forbidden)
                return fallback(shared, io, forbidden);
            if (unanswered !== null && id === null)
                return fallback(shared, io, unanswered);
            if (api === undefined)
                api = reportApi(settings);
            if (!api)
                return fallback(shared, io, 'no token');
            const owner = run.record.repository.owner || settings.repository.owner;
            const repo = run.record.repository.name || settings.repository.repo;
            const sha = checkRunShaFromRecord(run.record);
            if (id !== null && sha && createdOn !== sha) {
                io.info(`compliance-gate: the check run was created on ${createdOn}, but the record's head is ${sha}; the check run stays on ${createdOn}.`);
            }
            const title = checkRunTitle(run);
            const selection = (0,report_select/* selectAnnotations */.TT)(run.results, report_select/* CHECK_RUN_ANNOTATION_LIMIT */.rG);
            const pointer = `the full summary is summary.md in the evidence artifact ${(0,evidence_escape.md)(artifactName(run.bundle.dir))} (manifest sha256 ${run.bundle.manifestSha256}).`;
            let summary = (0,evidence_summary/* renderSummary */.Br)(run.record, run.results, { policy: run.policy });
            if (selection.omitted > 0)
                summary += `\n${selection.omitted} more finding(s) with a file and line are not annotated (at most ${report_select/* CHECK_RUN_ANNOTATION_LIMIT */.rG}); all are in results.json.\n`;
            summary = fitSummary(summary, OUTPUT_TEXT_LIMIT, pointer);
            const details = runUrl(io.env);
            const final = {
                status: 'completed',
                conclusion: conclusionOf(run),
                completed_at: new Date().toISOString(),
                ...(details ? { details_url: details } : {}),
                output: { title, summary }
            };
            if (id === null) {
                if (!sha)
                    return fallback(shared, io, 'the head commit of the change is unknown');
                if (!(await create(io, owner, repo, sha, {
                    status: 'in_progress',
                    started_at: run.results.evaluated_at,
                    output: { title, summary: 'Adding annotations…' }
                }))) {
                    return fallback(shared, io, forbidden ?? 'creating it failed');
                }
            }
            const annotations = selection.selected.map(l => toCheckAnnotation(l, settings.workspace));
            for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
                const batch = annotations.slice(i, i + ANNOTATIONS_PER_REQUEST);
                const answer = await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
                    owner,
                    repo,
                    check_run_id: id,
                    output: { title, summary: `Adding annotations ${i + 1}–${i + batch.length} of ${annotations.length}…`, annotations: batch }
                });
                if (!answer.ok) {
                    if (answer.kind === 'forbidden' || answer.kind === 'unauthorized')
                        return fallback(shared, io, `${answer.status} ${answer.message}`);
                    io.warning(`compliance-gate: check-run annotations ${i + 1}–${i + batch.length} were not accepted (${(0,evidence_escape/* plain */.pj)(answer.message, 300)}); they are in the job summary and results.json.`);
                    break;
                }
            }
            const done = await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { owner, repo, check_run_id: id, ...final });
            if (!done.ok) {
                if (done.kind === 'forbidden' || done.kind === 'unauthorized')
                    return fallback(shared, io, `${done.status} ${done.message}`);
                throw new Error(`completing check run ${id} failed: ${done.status ?? 'no response'} ${done.message}`);
            }
            shared.checkRunId = id ?? undefined;
            io.setOutput('check-run-id', String(id));
            io.info(`compliance-gate: check run ${id} completed (${conclusionOf(run)}) with ${annotations.length} annotation(s)${selection.omitted ? `, ${selection.omitted} left out` : ''}.`);
        }
    };
}

;// CONCATENATED MODULE: ./src/report/workflow-annotations.ts
/**
 * Workflow-command annotations (`::error file=…,line=…::…`), chosen fairly (see select.ts): the first ten
 * errors cover as many failing controls as there are. Text from the PR has its control characters made
 * visible; @actions/core escapes the rest of the command syntax.
 */



function workflowAnnotationsReporter(limit = report_select/* WORKFLOW_ANNOTATION_LIMIT */.E1) {
    return {
        name: 'workflow-command annotations',
        async report({ run, io, settings, shared }) {
            for (const w of run.results.warnings)
                io.warning((0,evidence_escape/* plain */.pj)(w));
            // The check run carries every located finding at its line: repeating them here would show each twice.
            if (shared.checkRunId !== undefined)
                return;
            const { selected, omitted } = (0,report_select/* selectAnnotations */.TT)(run.results, limit);
            for (const l of selected) {
                const f = l.finding;
                const file = (0,external_node_path_.isAbsolute)(f.location.path) ? (0,external_node_path_.relative)(settings.workspace, f.location.path) : f.location.path;
                const props = {
                    title: (0,evidence_escape/* plain */.pj)((0,report_select/* annotationTitle */.qF)(l), 255),
                    file: (0,evidence_escape/* plain */.pj)(file, 1000),
                    startLine: f.location.line,
                    startColumn: f.location.column,
                    endLine: f.location.end_line
                };
                const message = (0,evidence_escape/* plain */.pj)(f.message) + (f.remedy ? `\n${(0,evidence_escape/* plain */.pj)(f.remedy)}` : '');
                if (l.level === 'error')
                    io.error(message, props);
                else
                    io.warning(message, props);
            }
            if (omitted > 0)
                io.notice(`compliance-gate: ${omitted} more finding(s) with a file and line are not annotated here (at most ${limit}); all are in results.json, and the job summary lists the most severe first.`);
        }
    };
}

;// CONCATENATED MODULE: ./src/report/job-summary.ts

function jobSummaryReporter() {
    return {
        name: 'job summary',
        async report({ run, io, shared }) {
            const notes = [];
            if (shared.checkRunUnavailable)
                notes.push(`> **Note:** ${shared.checkRunUnavailable}`, '');
            await io.appendSummary(notes.join('\n') +
                (notes.length ? '\n' : '') +
                run.summary +
                `\nEvidence: ${(0,evidence_escape/* code */.aY)(run.bundle.dir, 1000)} · manifest sha256 \`${run.bundle.manifestSha256}\`\n`);
        }
    };
}

;// CONCATENATED MODULE: ./src/report/comment.ts




const COMMENT_MARKER = '<!-- compliance-gate:sticky-comment -->';
const COMMENT_LIMIT = 65_000;
function commentBody(run, links) {
    const r = run.results;
    const lines = [COMMENT_MARKER];
    if (r.result === 'pass') {
        lines.push(`### ✅ compliance-gate: this change now passes`, '', `${checkRunTitle(run)} at \`${run.record.subject.head_sha.slice(0, 7)}\`.`);
    }
    else {
        const head = r.result === 'error'
            ? '💥 compliance-gate could not judge this change'
            : r.mode === 'report'
                ? '❌ compliance-gate: failed (report mode, not blocking)'
                : '❌ compliance-gate: this change is blocked';
        lines.push(`### ${head}`, '', `${checkRunTitle(run)} at \`${run.record.subject.head_sha.slice(0, 7)}\`.`, '');
        for (const e of r.errors)
            lines.push(`- 💥 ${(0,evidence_summary/* cell */.Hn)(e)}`);
        for (const v of r.verdicts.filter(x => x.status === 'fail' || x.status === 'not_verified')) {
            const maps = (0,evidence_summary/* mappingText */.CL)(v);
            lines.push(`- ${evidence_summary/* ICON */.kb[v.status]} **\`${v.control}\`** ${evidence_summary/* LABEL */.d_[v.status]}${v.effect === 'blocking' ? ' (blocks)' : ''}: ${(0,evidence_summary/* cell */.Hn)(v.reason)}${v.remedy ? `<br>**Fix:** ${(0,evidence_summary/* cell */.Hn)(v.remedy)}` : ''}${maps ? `<br><sub>${(0,evidence_summary/* cell */.Hn)(maps)}</sub>` : ''}`);
        }
    }
    lines.push('');
    const where = [links.runUrl ? `[workflow run](${links.runUrl})` : null, `evidence manifest sha256 \`${run.bundle.manifestSha256.slice(0, 16)}…\``].filter(Boolean);
    lines.push(`<sub>${where.join(' · ')} · this comment is updated in place on every run.</sub>`, '');
    const body = lines.join('\n');
    return body.length > COMMENT_LIMIT ? `${body.slice(0, COMMENT_LIMIT)}\n\n… cut: see the job summary.\n` : body;
}
/** Who wrote a sticky comment, on its second line: the comment is ours when the tag names the comment's own author. */
const authorTag = (login) => `<!-- compliance-gate:author=${login} -->`;
/** The sticky body with the tag of the author it is (or will be) written as. */
function tagged(body, login) {
    return login ? body.replace(COMMENT_MARKER, `${COMMENT_MARKER}\n${authorTag(login)}`) : body;
}
/**
 * The PR's sticky comments this gate may edit, newest first: those whose author tag names their own author (written by
 * this gate as that author: a bot, or the person whose token runs it), then, from gates before the tag, those a bot
 * wrote with the marker. A person who pastes the marker does not capture the sticky comment.
 */
async function findStickies(api, owner, repo, issue) {
    const list = await api.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: issue }, { maxItems: 3000 });
    if (!list.ok)
        throw new Error(`listing the PR's comments failed: ${list.status ?? 'no response'} ${list.message}`);
    const marked = list.data.filter(c => typeof c.body === 'string' && c.body.startsWith(COMMENT_MARKER)).sort((a, b) => b.id - a.id);
    const isOurs = (c) => Boolean(c.user?.login) && c.body.includes(authorTag(c.user.login));
    return { ours: marked.filter(isOurs), legacy: marked.filter(c => !isOurs(c) && c.user?.type === 'Bot') };
}
function commentReporter(options = {}) {
    return {
        name: 'PR comment',
        async report({ settings, run, io, shared }) {
            const mode = settings.report?.comment ?? 'off';
            if (mode === 'off')
                return;
            const pr = run.record.pull_request.value?.number ?? run.results.subject.pull_request;
            if (!pr)
                return;
            const api = options.api !== undefined ? options.api : reportApi(settings);
            if (!api)
                throw new Error('no token to write the PR comment');
            const owner = run.record.repository.owner || settings.repository.owner;
            const repo = run.record.repository.name || settings.repository.repo;
            const { ours, legacy } = await findStickies(api, owner, repo, pr);
            const candidates = ours.length > 0 ? ours : legacy;
            const passes = run.results.result === 'pass';
            if (mode === 'on-failure' && passes && candidates.length === 0)
                return;
            const body = commentBody(run, { runUrl: runUrl(io.env), checkRunId: shared.checkRunId });
            // The newest of our sticky comments is edited; older copies by the same author (a create retried after a lost
            // answer) are removed so one comment stays. Without a tagged one, a bot's marker comment from a gate before the
            // tag is taken over if this token may edit it (another app's answers 403 and is passed over).
            const refused = [];
            for (const existing of candidates) {
                const author = existing.user?.login;
                const answer = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                    owner,
                    repo,
                    comment_id: existing.id,
                    body: tagged(body, author)
                });
                if (answer.ok) {
                    io.setOutput('comment-id', String(existing.id));
                    io.info(`compliance-gate: PR comment ${existing.id} updated.`);
                    // Other marker comments by the same author are copies (a create retried after a lost answer): removed.
                    for (const older of [...ours, ...legacy].filter(c => c.id !== existing.id && author && c.user?.login === author)) {
                        const removed = await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: older.id });
                        if (!removed.ok)
                            io.warning(`compliance-gate: an older copy of the PR comment (${older.id}) could not be removed: ${removed.status ?? 'no response'}.`);
                    }
                    return;
                }
                if (answer.kind !== 'forbidden' && answer.kind !== 'not_found')
                    throw new Error(`editing comment ${existing.id} failed: ${answer.status ?? 'no response'} ${(0,evidence_escape/* plain */.pj)(answer.message, 300)}`);
                refused.push(existing.id);
            }
            if (refused.length > 0)
                io.warning(`compliance-gate: the PR's compliance-gate comment(s) ${refused.join(', ')} could not be edited with this token (another app's, or no \`pull-requests: write\`); a new comment is posted.`);
            const created = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner,
                repo,
                issue_number: pr,
                body
            });
            if (!created.ok) {
                const hint = created.kind === 'forbidden' ? ' Grant `pull-requests: write` (fork PRs: use the two-workflow pattern in the README).' : '';
                throw new Error(`posting the PR comment failed: ${created.status ?? 'no response'} ${(0,evidence_escape/* plain */.pj)(created.message, 300)}.${hint}`);
            }
            io.setOutput('comment-id', String(created.data.id));
            io.info(`compliance-gate: PR comment ${created.data.id} posted.`);
            // Its author is known only now (a bot, or the person whose token runs the gate): tag it so later runs find it.
            const login = created.data.user?.login;
            if (login) {
                const tagging = await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                    owner,
                    repo,
                    comment_id: created.data.id,
                    body: tagged(body, login)
                });
                if (!tagging.ok)
                    io.warning(`compliance-gate: the new PR comment ${created.data.id} could not be tagged (${tagging.status ?? 'no response'}); a later run may post another.`);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/evidence/sign.ts
var sign = __nccwpck_require__(65276);
;// CONCATENATED MODULE: ./src/report/signature.ts

const defaultGetIDToken = async (audience) => (await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91659))).getIDToken(audience);
/** POST /repos/{owner}/{repo}/attestations, so `gh attestation verify` finds the evidence's attestation. */
async function storeWithGitHub(settings, bundle) {
    const { getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(settings.token, { baseUrl: settings.apiUrl });
    const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
        owner: settings.repository.owner,
        repo: settings.repository.repo,
        bundle
    });
    return response.data.id;
}
function signatureReporter(deps = {}) {
    return {
        name: 'evidence signature',
        async report({ settings, run, io }) {
            const outcome = await signGateRun(run.bundle, run.record.repository, settings, io, deps);
            io.setOutput('signed', String(outcome.signed));
            io.setOutput('signing-note', outcome.reason);
        }
    };
}
async function signGateRun(bundle, repository, settings, io, deps = {}) {
    const signing = settings.signing ?? { mode: 'auto', keyPem: null };
    const visibility = repository.visibility ?? (repository.private === false ? 'public' : repository.private ? 'private' : null);
    const keyless = signing.mode === 'key' || signing.mode === 'off' ? null : (0,sign/* keylessFromEnv */.K8)(io.env, visibility, deps.getIDToken ?? defaultGetIDToken);
    const outcome = await (0,sign/* signBundle */.OM)(bundle.dir, { mode: signing.mode, keyPem: signing.keyPem, keyless, run: (0,sign/* runFactsFromEnv */.Aj)(io.env) });
    if (outcome.signed) {
        bundle.manifest = outcome.manifest;
        bundle.manifestSha256 = outcome.manifestSha256;
        io.info(`Evidence signed: ${outcome.file} (${outcome.reason}).`);
        if (outcome.kind === 'keyless' && visibility === 'public')
            io.info('Keyless signing used the public-good Sigstore instance: the signing identity (repository and workflow) is recorded in the public Rekor transparency log.');
        if (outcome.sigstoreBundle && signing.storeAttestation && settings.token) {
            try {
                const id = await (deps.storeAttestation ?? storeWithGitHub)(settings, outcome.sigstoreBundle);
                io.info(`Attestation stored with GitHub's attestations API (id ${id ?? 'unknown'}); \`gh attestation verify\` finds it.`);
            }
            catch (error) {
                io.warning(`The attestation was not stored with GitHub's attestations API (needs permissions attestations: write; private repositories need GitHub Enterprise Cloud): ${error.message}`);
            }
        }
    }
    else if (signing.mode !== 'off') {
        io.notice(`Evidence not signed: ${outcome.reason}.`);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/report/index.ts







/**
 * The SARIF reporter, loaded when it runs: it reads every control's metadata (the control registry), which
 * start-up need not load (src/engine-parts.ts).
 */
function sarifReporter() {
    return { name: 'SARIF', report: async (ctx) => (await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(658), __nccwpck_require__.e(578), __nccwpck_require__.e(643)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10643))).sarifReporter().report(ctx) };
}
function actionReporters(_settings) {
    // The signature first: it rewrites the manifest, whose digest and files the others publish.
    return [
        signatureReporter(),
        outputsReporter(),
        checkRunReporter(),
        sarifReporter(),
        workflowAnnotationsReporter(),
        jobSummaryReporter(),
        commentReporter(),
        artifactReporter()
    ];
}
/** What `publish` (the workflow_run side of the fork pattern) runs from a verified bundle. */
function publishReporters(_settings) {
    return [outputsReporter(), checkRunReporter(), sarifReporter(), jobSummaryReporter(), commentReporter()];
}

;// CONCATENATED MODULE: ./src/report/run.ts

async function startReporters(reporters, ctx) {
    for (const reporter of reporters) {
        if (!reporter.start)
            continue;
        try {
            await reporter.start(ctx);
        }
        catch (error) {
            ctx.io.warning(`compliance-gate: the ${reporter.name} reporter could not start: ${(0,evidence_escape/* plain */.pj)(messageOf(error), 500)}. The gate's verdict is not affected.`);
        }
    }
}
async function runReporters(reporters, ctx) {
    for (const reporter of reporters) {
        try {
            await reporter.report(ctx);
        }
        catch (error) {
            ctx.io.warning(`compliance-gate: the ${reporter.name} reporter failed: ${(0,evidence_escape/* plain */.pj)(messageOf(error), 500)}. The gate's verdict is not affected; the evidence is at ${ctx.run.bundle.dir}.`);
        }
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/settings.ts
function parseSignMode(value) {
    const v = value.trim().toLowerCase() || 'auto';
    if (v !== 'auto' && v !== 'keyless' && v !== 'key' && v !== 'off')
        throw new SettingsError(`Input 'sign' must be auto, keyless, key or off, got '${value}'.`);
    return v;
}
const DEFAULT_REPORT_SETTINGS = {
    uploadArtifact: true,
    retentionDays: null,
    checkRun: false,
    comment: 'off',
    sarif: false,
    publishBundle: null
};
function parseCommentMode(value) {
    const v = value.trim().toLowerCase() || 'off';
    if (v !== 'off' && v !== 'on-failure' && v !== 'always')
        throw new SettingsError(`Input 'comment' must be off, on-failure or always, got '${value}'.`);
    return v;
}
function parseRetentionDays(value) {
    const v = value.trim();
    if (v === '')
        return null;
    // GitHub keeps artifacts 1–90 days on public repositories and up to 400 on private ones; 0 means the default.
    if (!/^\d+$/.test(v) || Number(v) > 400)
        throw new SettingsError(`Input 'retention-days' must be a whole number of days (1 to 400; empty for the repository default), got '${value}'.`);
    return Number(v) === 0 ? null : Number(v);
}

class SettingsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SettingsError';
    }
}
/** Strict boolean: a typo is an error, not false. */
function parseBoolean(name, value, fallback) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new SettingsError(`Input '${name}' must be true or false, got '${value}'.`);
}
function parseMode(value) {
    const v = value.trim().toLowerCase() || 'enforce';
    if (v !== 'enforce' && v !== 'report')
        throw new SettingsError(`Input 'mode' must be enforce or report, got '${value}'.`);
    return v;
}
function parsePrNumber(value) {
    const v = value.trim();
    if (v === '')
        return null;
    if (!/^\d+$/.test(v) || Number(v) < 1)
        throw new SettingsError(`Input 'pr-number' must be a positive whole number, got '${value}'.`);
    return Number(v);
}
function parseRepository(value) {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value.trim());
    if (!m)
        throw new SettingsError(`Repository must be owner/name, got '${value}'.`);
    return { owner: m[1], repo: m[2] };
}
function timeoutFromEnv(env) {
    const raw = env.COMPLIANCE_GATE_HTTP_TIMEOUT_MS;
    const n = raw ? Number(raw) : NaN;
    return Number.isFinite(n) && n > 0 ? n : 20_000;
}
/**
 * COMPLIANCE_GATE_RETRY_BASE_MS: milliseconds per second of the API client's retry/rate-limit waits. Only the
 * test harness sets it (to 1, so that retries are exercised without sleeping); unset or invalid means 1000.
 */
function retryBaseFromEnv(env) {
    const raw = env.COMPLIANCE_GATE_RETRY_BASE_MS;
    const n = raw ? Number(raw) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : 1000;
}
/** The run-wide deadline in minutes: a positive number (fractions allowed), default 10. */
function parseTimeoutMinutes(value) {
    const v = value.trim();
    if (v === '')
        return 10;
    const n = Number(v);
    if (!/^\d+(\.\d+)?$/.test(v) || !(n > 0))
        throw new SettingsError(`Input 'timeout-minutes' must be a positive number of minutes, got '${value}'.`);
    return n;
}
/** The workflow run the action runs in, from the runner's environment. */
function workflowRunFromEnv(env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const id = env.GITHUB_RUN_ID || null;
    return {
        kind: 'workflow',
        id,
        attempt: env.GITHUB_RUN_ATTEMPT || null,
        url: id && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${id}` : null,
        workflow_ref: env.GITHUB_WORKFLOW_REF || null,
        actor: env.GITHUB_ACTOR || null,
        event_name: env.GITHUB_EVENT_NAME || ''
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/workflow-commands.ts
/**
 * The runner's side of the action: inputs, masks, log lines, annotations, step outputs and the job summary, in
 * the workflow-command and environment-file formats GitHub documents and @actions/core writes (the same escaping,
 * the same random heredoc delimiter). The action writes them itself because @actions/core loads undici (1 MB of
 * bundle, some 100 ms of every run's start) for the OIDC client only keyless signing uses: that path imports
 * @actions/core on demand (src/report/signature.ts).
 */




/** An input as the runner passes it (`INPUT_<NAME>`, spaces as underscores), trimmed; '' when unset. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** Have the runner mask this value in every log line after this one. */
function setSecret(value) {
    issueCommand('add-mask', {}, value);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function notice(message, props = {}) {
    issueCommand('notice', annotationProperties(props), message);
}
function warning(message, props = {}) {
    issueCommand('warning', annotationProperties(props), message);
}
function error(message, props = {}) {
    issueCommand('error', annotationProperties(props), message);
}
/** An error annotation, and the step fails (exit code 1). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: appended to GITHUB_OUTPUT as a heredoc; without that file, the legacy `set-output` command. */
function setOutput(name, value, env = process.env) {
    const file = env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the output ${name} holds its own delimiter`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** Append Markdown to the job summary (GITHUB_STEP_SUMMARY), which the runner creates for the step. */
async function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(file, markdown, { encoding: 'utf8' });
}
/** `::command key=value,…::message` on its own line, its parts escaped so no value can end the command early. */
function issueCommand(command, properties, message) {
    // As @actions/core: a space once any property is named, then those with a value (empty, zero and missing left out).
    const props = Object.entries(properties)
        .filter(([, v]) => Boolean(v))
        .map(([k, v]) => `${k}=${escapeProperty(v)}`);
    const named = Object.keys(properties).length > 0 ? ' ' : '';
    process.stdout.write(`::${command}${named}${props.join(',')}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** An annotation's properties under their command names; none at all when none was given. */
function annotationProperties(p) {
    if (Object.keys(p).length === 0)
        return {};
    return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}
/** A value as a command carries it: a string as itself, nothing as '', anything else as JSON. */
function commandValue(v) {
    if (v === null || v === undefined)
        return '';
    return typeof v === 'string' || v instanceof String ? String(v) : JSON.stringify(v);
}
function escapeData(v) {
    return commandValue(v).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(v) {
    return escapeData(v).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/action.ts
/**
 * The GitHub Action: inputs → Settings → reporters start → engine → reporters → exit code.
 * Thin on purpose: everything that judges lives in the engine, every output channel in src/report/.
 */












/** Every input of action.yml, read once, here. */
function settingsFromInputs(env = process.env) {
    const token = getInput('github-token').trim();
    if (token)
        setSecret(token);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let eventPayload = {};
    let eventError = null;
    const eventPath = env.GITHUB_EVENT_PATH;
    if (eventPath && (0,external_node_fs_.existsSync)(eventPath)) {
        // A bad event file is the run's error, not a reason to skip the evidence: the engine records it.
        try {
            const parsed = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
            if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
                eventPayload = parsed;
            else
                eventError = `GITHUB_EVENT_PATH (${eventPath}) holds ${parsed === null ? 'null' : Array.isArray(parsed) ? 'a JSON array' : `a JSON ${typeof parsed}`}, not an event object.`;
        }
        catch (error) {
            eventError = `GITHUB_EVENT_PATH (${eventPath}) is not valid JSON: ${error.message}`;
        }
    }
    const evidenceInput = getInput('evidence-dir').trim() || 'compliance-evidence';
    const evidenceDir = (0,external_node_path_.isAbsolute)(evidenceInput) ? evidenceInput : (0,external_node_path_.join)(workspace, evidenceInput);
    const policyInput = getInput('policy').trim();
    const signingKey = getInput('signing-key').trim();
    if (signingKey) {
        setSecret(signingKey);
        // A multi-line secret is masked line by line too (the PEM armour lines are not secret).
        for (const line of signingKey.split(/\r?\n/))
            if (line.trim() && !line.startsWith('-----'))
                setSecret(line.trim());
    }
    const publishBundle = getInput('publish-bundle').trim();
    return {
        token: token || null,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        repository: parseRepository(env.GITHUB_REPOSITORY ?? ''),
        eventName,
        eventPayload,
        eventError,
        prNumber: parsePrNumber(getInput('pr-number')),
        policyPath: policyInput || null,
        workspace,
        checkoutDir: (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, '.git')) ? workspace : null,
        evidenceDir,
        evidenceFallbackDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        mode: parseMode(getInput('mode')),
        httpTimeoutMs: timeoutFromEnv(env),
        retryAfterBaseMs: retryBaseFromEnv(env),
        selfCheckNames: [env.GITHUB_JOB, 'compliance-gate'].filter((s) => Boolean(s)),
        run: workflowRunFromEnv(env),
        timeoutMinutes: parseTimeoutMinutes(getInput('timeout-minutes')),
        report: {
            uploadArtifact: parseBoolean('upload-artifact', getInput('upload-artifact'), true),
            retentionDays: parseRetentionDays(getInput('retention-days')),
            checkRun: parseBoolean('check-run', getInput('check-run'), false),
            comment: parseCommentMode(getInput('comment')),
            sarif: parseBoolean('sarif', getInput('sarif'), false),
            publishBundle: publishBundle ? ((0,external_node_path_.isAbsolute)(publishBundle) ? publishBundle : (0,external_node_path_.join)(workspace, publishBundle)) : null
        },
        signing: {
            mode: parseSignMode(getInput('sign')),
            keyPem: signingKey || null,
            storeAttestation: parseBoolean('store-attestation', getInput('store-attestation'), false)
        }
    };
}
/** The runner as reporters see it. */
function runnerIo(env = process.env) {
    return {
        info: m => info(m),
        notice: (m, p) => notice(m, p),
        warning: (m, p) => warning(m, p),
        error: (m, p) => error(m, p),
        setOutput: (n, v) => setOutput(n, v),
        appendSummary: text => appendSummary(text),
        env
    };
}
/** The exit: error fails the step; fail fails it in enforce mode only. Reporters never decide this. */
function finish(gate, settings) {
    const { results, bundle } = gate;
    info(`compliance-gate: ${results.result} (${results.counts.pass} pass, ${results.counts.fail} fail, ${results.counts.not_verified} not verified). Evidence: ${bundle.dir}`);
    if (results.result === 'error') {
        setFailed(`compliance-gate could not judge this change:\n${results.errors
            .map(e => e
            .split('\n')
            .map(line => (0,evidence_escape/* plain */.pj)(line))
            .join('\n'))
            .join('\n')}`);
    }
    else if (results.result === 'fail') {
        const message = `compliance-gate failed: ${[...new Set([...results.verdicts.filter(v => v.effect === 'blocking').map(v => v.control)])].join(', ')}`;
        if (settings.mode === 'enforce')
            setFailed(message);
        else
            warning(`${message} (report mode: the job is not failed)`);
    }
}
async function action_run() {
    let settings;
    try {
        settings = settingsFromInputs();
    }
    catch (error) {
        setOutput('result', 'error');
        setFailed(error.message);
        return;
    }
    const io = runnerIo();
    const shared = {};
    if (settings.report?.publishBundle) {
        await publish(settings, settings.report.publishBundle, io, shared);
        return undefined;
    }
    const reporters = actionReporters(settings);
    let gate;
    try {
        startCheckoutEarly(settings);
        await startReporters(reporters, { settings, io, shared });
        gate = await runGate(settings, { log: m => info((0,evidence_escape/* plain */.pj)(m)) });
    }
    finally {
        await (0,run/* discardEarly */.eA)();
    }
    await runReporters(reporters, { settings, run: gate, io, shared });
    finish(gate, settings);
    return gate;
}
/**
 * A pull request's checkout commands (its files, commit count and diff) started now, from the event's commits,
 * for the collectors to take when they ask for the same commits (src/collect/git/early.ts). Anything unusual
 * (another pull request named by input, a payload without commits, no checkout) starts nothing.
 */
function startCheckoutEarly(settings) {
    if (!settings.checkoutDir || settings.eventError || settings.prNumber !== null)
        return;
    const checkout = settings.checkoutDir;
    let target;
    try {
        target = targetFromEvent(settings.eventName, settings.eventPayload, settings.repository);
    }
    catch {
        return;
    }
    const { baseSha, headSha } = target;
    if (target.kind !== 'pull_request' || !baseSha || !headSha)
        return;
    const token = (0,run/* earlyToken */.Zu)();
    void Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(990), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4246)).then(m => m.startChangeEarly(checkout, baseSha, headSha, token)).catch(() => undefined);
}
/**
 * Publish mode (the workflow_run half of the fork pattern): verify the downloaded bundle, refuse it unless it
 * judges the triggering PR's head, then run the publishing reporters. The step fails only when the bundle is
 * refused; the gate's verdict travels in the check run's conclusion and the `result` output.
 */
async function publish(settings, dir, io, shared) {
    const repository = `${settings.repository.owner}/${settings.repository.repo}`;
    // Publish mode only: verifying a bundle needs the controls and the evaluation, which a gate run loads later.
    const { expectationFromEvent, loadBundleForPublish, PublishRefused } = await Promise.all(/* import() */[__nccwpck_require__.e(138), __nccwpck_require__.e(815), __nccwpck_require__.e(519), __nccwpck_require__.e(658), __nccwpck_require__.e(578), __nccwpck_require__.e(990), __nccwpck_require__.e(710), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33555));
    let gate;
    try {
        gate = await loadBundleForPublish(dir, expectationFromEvent(settings.eventName, settings.eventPayload, repository), reportApi(settings));
    }
    catch (error) {
        setOutput('result', 'error');
        setFailed(error instanceof PublishRefused
            ? `compliance-gate refuses to publish ${(0,evidence_escape/* plain */.pj)(dir)}:\n${error.problems.map(p => `- ${(0,evidence_escape/* plain */.pj)(p, 1000)}`).join('\n')}`
            : `compliance-gate could not publish ${(0,evidence_escape/* plain */.pj)(dir)}: ${(0,evidence_escape/* plain */.pj)(error.message)}`);
        return;
    }
    await runReporters(publishReporters(settings), { settings, run: gate, io, shared });
    info(`compliance-gate: published the verified bundle ${dir} (${gate.results.result}) for ${gate.record.subject.head_sha}.`);
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./src/crash-trace.ts
/**
 * Crash traces in the source's terms, paid for only on a crash. The bundle is built without ncc's
 * source-map-register (it cost start-up on every run); when a run crashes, the stack's frames in dist/*.js are
 * mapped here through the `.map` file written beside each chunk, with node's own SourceMap reader.
 */



const FRAME = /((?:file:\/\/)?\/[^\s():]+\.[cm]?js):(\d+):(\d+)/g;
/** `webpack://compliance-gate/.././src/engine.ts` → `src/engine.ts`. */
function sourcePath(original) {
    return original.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(?:\.\.?\/)+/, '');
}
/** The stack with every frame in a bundled file that has a source map rewritten to `src/file.ts:line:column`. */
function mapStack(stack) {
    const maps = new Map();
    const mapFor = (file) => {
        if (maps.has(file))
            return maps.get(file);
        let map = null;
        try {
            const path = file.startsWith('file://') ? (0,external_node_url_.fileURLToPath)(file) : file;
            if ((0,external_node_fs_.existsSync)(`${path}.map`))
                map = new external_node_module_.SourceMap(JSON.parse((0,external_node_fs_.readFileSync)(`${path}.map`, 'utf8')));
        }
        catch {
            map = null;
        }
        maps.set(file, map);
        return map;
    };
    return stack.replace(FRAME, (whole, file, line, column) => {
        const entry = mapFor(file)?.findEntry(Number(line) - 1, Number(column) - 1);
        if (!entry || !('originalSource' in entry) || !entry.originalSource)
            return whole;
        return `${sourcePath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
}
/** What a crash prints: the error's stack mapped to the sources (its message when it has no stack). */
function crashTrace(error) {
    if (!(error instanceof Error))
        return String(error);
    if (!error.stack)
        return error.message;
    try {
        return mapStack(error.stack);
    }
    catch {
        return error.stack;
    }
}

;// CONCATENATED MODULE: ./src/index.ts
/** Action entry point: runs the action and turns anything unexpected into a failed step, never a green one. */
 // first: before @actions/github loads



restoreEventPath();
action_run().then(gate => {
    // After the run-wide deadline, reads still in flight must not keep the step alive: the evidence is written.
    if (gate?.timedOut)
        process.exit(process.exitCode ?? 1);
}, (error) => {
    setOutput('result', 'error');
    setFailed(`compliance-gate crashed: ${crashTrace(error)}`);
});


//# sourceMappingURL=index.js.map